using StellaIac.Zendesk.Emulator;

EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 2;
}

ZendeskEmulator emulator;
try
{
    emulator = await ZendeskEmulator.StartAsync(options);
}
catch (InvalidDataException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 1;
}

await using var running = emulator;
Console.WriteLine($"Zendesk emulator listening on {emulator.BaseAddress}");
Console.WriteLine($"  credentials: {options.Email}/token:<api token>, Bearer <oauth token>, or OAuth client '{options.OAuthClientId}' at /oauth/tokens (tokens last {options.OAuthTokenTtl.TotalSeconds:0} s); state: {options.StatePath ?? "in memory"}");
if (options.PublicHost is { } publicHost)
{
    Console.WriteLine($"  links name https://{publicHost}/ (--public-host)");
}

await emulator.WaitForShutdownAsync();
return 0;
