using System.CommandLine;
using StellaIac.Cli.Hosting;

namespace StellaIac.Cli.Commands;

/// <summary>preview, up, refresh, destroy and drift: Pulumi's names, flags and exit codes, each read into <see cref="DeploySettings"/> for its handler.</summary>
internal static class DeployCommands
{
    public static IEnumerable<Command> Create(CommandContext context)
    {
        var handlers = new DeployHandlers(context);
        yield return Preview(context, handlers);
        yield return Up(context, handlers);
        yield return Refresh(context, handlers);
        yield return Destroy(context, handlers);
        yield return Drift(context, handlers);
    }

    private static Command Preview(CommandContext context, DeployHandlers handlers)
    {
        var diff = SharedOptions.Diff("Display the operation as a rich diff showing each property's change");
        var json = SharedOptions.Json("Write the plan as JSON");
        var expect = SharedOptions.ExpectNoChanges("Return an error (exit 7) if any changes are proposed");
        var refresh = new Option<bool>("--refresh", "-r") { Description = "Refresh the state from Zendesk before the preview" };
        var markdown = SharedOptions.SummaryMarkdown("Also write a Markdown summary to this file (for a pull-request comment)");
        var rateLimit = SharedOptions.RateLimit();
        var command = new Command("preview", "Show what an update would change") { diff, json, expect, refresh, markdown, rateLimit };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.PreviewAsync(session, new DeploySettings
        {
            Command = "preview",
            Diff = parse.GetValue(diff),
            Json = parse.GetValue(json),
            ExpectNoChanges = parse.GetValue(expect),
            Refresh = parse.GetValue(refresh),
            SummaryMarkdown = parse.GetValue(markdown),
            RateLimit = parse.GetValue(rateLimit),
        }, ct)));
        return command;
    }

    private static Command Up(CommandContext context, DeployHandlers handlers)
    {
        var yes = SharedOptions.Yes("Apply without asking for confirmation");
        var skip = new Option<bool>("--skip-preview", "-f") { Description = "Apply without showing a preview first" };
        var diff = SharedOptions.Diff("Show each property's change");
        var json = SharedOptions.Json("Write the result as JSON");
        var markdown = SharedOptions.SummaryMarkdown("Also write a Markdown summary to this file");
        var refresh = new Option<bool>("--refresh", "-r") { Description = "Read the stack's resources from Zendesk first, so drift is healed" };
        var rateLimit = SharedOptions.RateLimit();
        var command = new Command("up", "Create or update the stack's resources") { yes, skip, diff, json, markdown, refresh, rateLimit };
        command.Aliases.Add("update");
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.UpAsync(session, new DeploySettings
        {
            Command = "up",
            Interactive = context.Interactive(parse),
            Yes = parse.GetValue(yes),
            SkipPreview = parse.GetValue(skip),
            Diff = parse.GetValue(diff),
            Json = parse.GetValue(json),
            SummaryMarkdown = parse.GetValue(markdown),
            Refresh = parse.GetValue(refresh),
            RateLimit = parse.GetValue(rateLimit),
        }, ct)));
        return command;
    }

    private static Command Refresh(CommandContext context, DeployHandlers handlers)
    {
        var yes = SharedOptions.Yes("Write what was read without asking");
        var previewOnly = new Option<bool>("--preview-only") { Description = "Only show the drift; write nothing" };
        var expect = SharedOptions.ExpectNoChanges("Return an error (exit 7) if any drift is found");
        var diff = SharedOptions.Diff("Show each property's drift");
        var json = SharedOptions.Json("Write the result as JSON");
        var markdown = SharedOptions.SummaryMarkdown("Also write a Markdown summary to this file");
        var rateLimit = SharedOptions.RateLimit();
        var command = new Command("refresh", "Read the stack's resources from Zendesk and report drift") { yes, previewOnly, expect, diff, json, markdown, rateLimit };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.RefreshAsync(session, new DeploySettings
        {
            Command = "refresh",
            Interactive = context.Interactive(parse),
            Yes = parse.GetValue(yes),
            PreviewOnly = parse.GetValue(previewOnly),
            ExpectNoChanges = parse.GetValue(expect),
            Diff = parse.GetValue(diff),
            Json = parse.GetValue(json),
            SummaryMarkdown = parse.GetValue(markdown),
            RateLimit = parse.GetValue(rateLimit),
        }, ct)));
        return command;
    }

    private static Command Drift(CommandContext context, DeployHandlers handlers)
    {
        var json = SharedOptions.Json("Write the drift as JSON");
        var markdown = SharedOptions.SummaryMarkdown("Also write a Markdown summary to this file");
        var rateLimit = SharedOptions.RateLimit();
        var command = new Command("drift", "Report changes made in Zendesk behind the tool's back (refresh --preview-only --expect-no-changes); exit 7 on drift") { json, markdown, rateLimit };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.RefreshAsync(session, new DeploySettings
        {
            Command = "drift",
            PreviewOnly = true,
            ExpectNoChanges = true,
            Json = parse.GetValue(json),
            SummaryMarkdown = parse.GetValue(markdown),
            RateLimit = parse.GetValue(rateLimit),
        }, ct)));
        return command;
    }

    private static Command Destroy(CommandContext context, DeployHandlers handlers)
    {
        var yes = SharedOptions.Yes("Delete without asking for confirmation");
        var json = SharedOptions.Json("Write the result as JSON");
        var rateLimit = SharedOptions.RateLimit();
        var command = new Command("destroy", "Delete every resource of the stack (protected ones refuse)") { yes, json, rateLimit };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.DestroyAsync(session, new DeploySettings
        {
            Command = "destroy",
            Interactive = context.Interactive(parse),
            Yes = parse.GetValue(yes),
            Json = parse.GetValue(json),
            RateLimit = parse.GetValue(rateLimit),
        }, ct)));
        return command;
    }
}
