using System.CommandLine;
using StellaIac.Cli.Hosting;

namespace StellaIac.Cli.Commands;

/// <summary>config get, set [--secret] and rm, on the stack's Pulumi.&lt;stack&gt;.yaml.</summary>
internal static class ConfigCommands
{
    public static Command Create(CommandContext context)
    {
        var config = new Command("config", "Read and change the stack's configuration");
        config.Subcommands.Add(Get(context));
        config.Subcommands.Add(Set(context));
        config.Subcommands.Add(Remove(context));
        return config;
    }

    private static Command Get(CommandContext context)
    {
        var key = new Argument<string>("key") { Description = "namespace:name, or a name in the project's namespace" };
        var command = new Command("get", "Print a config value (a secret's too, decrypted, as Pulumi does)") { key };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            await context.Output.WriteLineAsync(session.Stack.GetConfig(parse.GetValue(key)!));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Set(CommandContext context)
    {
        var key = new Argument<string>("key") { Description = "namespace:name, or a name in the project's namespace" };
        var value = new Argument<string?>("value") { Description = "The value; left out, it is read from standard input", Arity = ArgumentArity.ZeroOrOne };
        var secret = new Option<bool>("--secret") { Description = "Encrypt the value with the stack's passphrase" };
        var command = new Command("set", "Set a config value in Pulumi.<stack>.yaml") { key, value, secret };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => SetAsync(context, session, new ConfigSetSettings(parse.GetValue(key)!, parse.GetValue(value), parse.GetValue(secret)), ct)));
        return command;
    }

    private static async Task<int> SetAsync(CommandContext context, CliSession session, ConfigSetSettings settings, CancellationToken ct)
    {
        var text = settings.Value ?? (await context.Console.Input.ReadToEndAsync(ct)).TrimEnd('\r', '\n');
        session.Stack.SetConfig(settings.Key, text, settings.Secret);
        return ExitCodes.Success;
    }

    private static Command Remove(CommandContext context)
    {
        var key = new Argument<string>("key") { Description = "namespace:name, or a name in the project's namespace" };
        var command = new Command("rm", "Remove a config value") { key };
        command.SetAction((parse, ct) => context.RunAsync(parse, session =>
        {
            session.Stack.RemoveConfig(parse.GetValue(key)!);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
