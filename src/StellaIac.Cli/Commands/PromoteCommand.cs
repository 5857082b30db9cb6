using System.CommandLine;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;

namespace StellaIac.Cli.Commands;

/// <summary>
/// promote --from test --to prod: what differs between the two stacks (config values, secrets by
/// fingerprint only, the changes planned for the target), then the target's up after confirmation.
/// </summary>
internal static class PromoteCommand
{
    public static Command Create(CommandContext context)
    {
        var from = new Option<string>("--from") { Description = "The stack that was tested", Required = true };
        var to = new Option<string>("--to") { Description = "The stack to apply to", Required = true };
        var yes = SharedOptions.Yes("Apply without asking for confirmation");
        var command = new Command("promote", "Show how one stack differs from another, then update the second") { from, to, yes };
        command.SetAction((parse, ct) => context.RunAsync(
            parse,
            source => RunAsync(context, source, new PromoteSettings(parse.GetValue(to)!, parse.GetValue(yes), context.Interactive(parse)), ct),
            stackOverride: parse.GetValue(from)));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CliSession source, PromoteSettings settings, CancellationToken ct)
    {
        await using var target = context.OpenSession(source.Workspace, settings.To);
        await context.Output.WriteLineAsync($"Config: {source.StackName} -> {target.StackName}");
        foreach (var line in ConfigDifferences(source, target))
        {
            await context.Output.WriteLineAsync("    " + line);
        }

        var engine = new DeploymentEngine(context.Program.Providers(), target.Store);
        var preview = await engine.PreviewAsync(await target.TargetAsync(ct), context.Program.Program(target), ct: ct);
        await context.Output.WriteLineAsync();
        await context.Output.WriteAsync(PlanRenderer.Render(preview, target.Project.Name, target.StackName, showDiff: true));
        if (!preview.Succeeded || !preview.HasChanges)
        {
            return context.ExitFor(preview, expectNoChanges: false);
        }

        if (!await context.ConfirmAsync(settings.Yes, settings.Interactive, $"update '{target.StackName}'"))
        {
            return ExitCodes.Failed;
        }

        var result = await engine.UpAsync(await target.TargetAsync(ct), context.Program.Program(target), new DeploymentOptions { Observer = new ProgressPrinter(context.Output) }, ct);
        await context.Output.WriteAsync(PlanRenderer.Render(result, target.Project.Name, target.StackName, showDiff: false));
        target.PersistSalt();
        return context.ExitFor(result, expectNoChanges: false);
    }

    /// <summary>One line per key that differs; secrets appear only as fingerprints of their values.</summary>
    private static List<string> ConfigDifferences(CliSession source, CliSession target)
    {
        var before = source.Stack.File.Config.ToDictionary(p => p.Key, p => Show(source, p.Value), StringComparer.Ordinal);
        var after = target.Stack.File.Config.ToDictionary(p => p.Key, p => Show(target, p.Value), StringComparer.Ordinal);
        var lines = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"~ {k}: {before.GetValueOrDefault(k) ?? "(unset)"} => {after.GetValueOrDefault(k) ?? "(unset)"}")
            .ToList();
        return lines.Count > 0 ? lines : ["(no differences)"];
    }

    private static string Show(CliSession session, ConfigValue value) => value switch
    {
        { Ciphertext: { } ciphertext } => Secret(session, ciphertext),
        { Text: { } text } => text,
        _ => "(object)",
    };

    /// <summary>A secret's fingerprint; a stack whose passphrase this run does not have shows its secrets unopened.</summary>
    private static string Secret(CliSession session, string ciphertext)
    {
        try
        {
            return $"[secret {SecretFingerprint.Of(session.Secrets.Crypter.Decrypt(ciphertext))}]";
        }
        catch (Exception ex) when (ex is IncorrectPassphraseException or PassphraseUnavailableException)
        {
            return "[secret, not opened: another passphrase]";
        }
    }
}
