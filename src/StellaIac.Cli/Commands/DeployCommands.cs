using System.CommandLine;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Deploy;

namespace StellaIac.Cli.Commands;

/// <summary>preview, up, refresh, destroy and drift: Pulumi's names, flags and exit codes.</summary>
internal static class DeployCommands
{
    public static IEnumerable<Command> Create(CommandContext context)
    {
        yield return Preview(context);
        yield return Up(context);
        yield return Refresh(context);
        yield return Destroy(context);
        yield return Drift(context);
    }

    private static Command Preview(CommandContext context)
    {
        var diff = new Option<bool>("--diff") { Description = "Display the operation as a rich diff showing each property's change" };
        var json = new Option<bool>("--json", "-j") { Description = "Write the plan as JSON" };
        var expect = new Option<bool>("--expect-no-changes") { Description = "Return an error (exit 7) if any changes are proposed" };
        var refresh = new Option<bool>("--refresh", "-r") { Description = "Refresh the state from Zendesk before the preview" };
        var markdown = new Option<string?>("--summary-md") { Description = "Also write a Markdown summary to this file (for a pull-request comment)" };
        var command = new Command("preview", "Show what an update would change") { diff, json, expect, refresh, markdown };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var engine = new DeploymentEngine(context.Program.Providers(), session.Store);
            var options = new DeploymentOptions { Refresh = parse.GetValue(refresh) };
            var result = await engine.PreviewAsync(await session.TargetAsync(ct), context.Program.Program(session), options, ct);
            return await ReportAsync(context, session, parse, result, "preview", json, markdown, diff, expect);
        }));
        return command;
    }

    private static Command Up(CommandContext context)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking for confirmation" };
        var skip = new Option<bool>("--skip-preview", "-f") { Description = "Apply without showing a preview first" };
        var diff = new Option<bool>("--diff") { Description = "Show each property's change" };
        var json = new Option<bool>("--json", "-j") { Description = "Write the result as JSON" };
        var markdown = new Option<string?>("--summary-md") { Description = "Also write a Markdown summary to this file" };
        var refresh = new Option<bool>("--refresh", "-r") { Description = "Read the stack's resources from Zendesk first, so drift is healed" };
        var command = new Command("up", "Create or update the stack's resources") { yes, skip, diff, json, markdown, refresh };
        command.Aliases.Add("update");
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var engine = new DeploymentEngine(context.Program.Providers(), session.Store);
            if (!parse.GetValue(skip) && !parse.GetValue(json))
            {
                var preview = await engine.PreviewAsync(await session.TargetAsync(ct), context.Program.Program(session), new DeploymentOptions { Refresh = parse.GetValue(refresh) }, ct);
                await context.Output.WriteAsync(PlanRenderer.Render(preview, session.Project.Name, session.StackName, parse.GetValue(diff)));
                if (!preview.Succeeded)
                {
                    return context.ExitFor(preview, expectNoChanges: false);
                }

                if (!preview.HasChanges)
                {
                    return ExitCodes.Success;
                }
            }

            if (!await ConfirmAsync(context, parse, yes, "perform this update"))
            {
                return ExitCodes.Failed;
            }

            var options = new DeploymentOptions { Observer = parse.GetValue(json) ? null : new ProgressPrinter(context.Output), Refresh = parse.GetValue(refresh) };
            var result = await engine.UpAsync(await session.TargetAsync(ct), context.Program.Program(session), options, ct);
            var code = await ReportAsync(context, session, parse, result, "up", json, markdown, diff, null);
            if (result.Succeeded && !parse.GetValue(json))
            {
                foreach (var line in context.Program.AfterUp(result))
                {
                    await context.Output.WriteLineAsync(line);
                }
            }

            return code;
        }));
        return command;
    }

    private static Command Refresh(CommandContext context)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Write what was read without asking" };
        var previewOnly = new Option<bool>("--preview-only") { Description = "Only show the drift; write nothing" };
        var expect = new Option<bool>("--expect-no-changes") { Description = "Return an error (exit 7) if any drift is found" };
        var diff = new Option<bool>("--diff") { Description = "Show each property's drift" };
        var json = new Option<bool>("--json", "-j") { Description = "Write the result as JSON" };
        var markdown = new Option<string?>("--summary-md") { Description = "Also write a Markdown summary to this file" };
        var command = new Command("refresh", "Read the stack's resources from Zendesk and report drift") { yes, previewOnly, expect, diff, json, markdown };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var only = parse.GetValue(previewOnly);
            if (!only && !await ConfirmAsync(context, parse, yes, "write the refreshed state"))
            {
                return ExitCodes.Failed;
            }

            var result = await new DeploymentEngine(context.Program.Providers(), session.Store).RefreshAsync(await session.TargetAsync(ct), only, ct: ct);
            return await ReportAsync(context, session, parse, result, "refresh", json, markdown, diff, expect);
        }));
        return command;
    }

    private static Command Drift(CommandContext context)
    {
        var json = new Option<bool>("--json", "-j") { Description = "Write the drift as JSON" };
        var markdown = new Option<string?>("--summary-md") { Description = "Also write a Markdown summary to this file" };
        var command = new Command("drift", "Report changes made in Zendesk behind the tool's back (refresh --preview-only --expect-no-changes); exit 7 on drift") { json, markdown };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var result = await new DeploymentEngine(context.Program.Providers(), session.Store).RefreshAsync(await session.TargetAsync(ct), previewOnly: true, ct: ct);
            return await ReportAsync(context, session, parse, result, "drift", json, markdown, null, null, expectNoChanges: true);
        }));
        return command;
    }

    private static Command Destroy(CommandContext context)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking for confirmation" };
        var json = new Option<bool>("--json", "-j") { Description = "Write the result as JSON" };
        var command = new Command("destroy", "Delete every resource of the stack (protected ones refuse)") { yes, json };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var engine = new DeploymentEngine(context.Program.Providers(), session.Store);
            if (!parse.GetValue(json))
            {
                var preview = await engine.DestroyAsync(await session.TargetAsync(ct), preview: true, ct: ct);
                await context.Output.WriteAsync(PlanRenderer.Render(preview, session.Project.Name, session.StackName, showDiff: false));
            }

            if (!await ConfirmAsync(context, parse, yes, "delete these resources"))
            {
                return ExitCodes.Failed;
            }

            var result = await engine.DestroyAsync(await session.TargetAsync(ct), preview: false, new DeploymentOptions { Observer = parse.GetValue(json) ? null : new ProgressPrinter(context.Output) }, ct);
            return await ReportAsync(context, session, parse, result, "destroy", json, null, null, null);
        }));
        return command;
    }

    private static async Task<int> ReportAsync(CommandContext context, CliSession session, ParseResult parse, DeploymentResult result, string command, Option<bool> json, Option<string?>? markdown, Option<bool>? diff, Option<bool>? expect, bool expectNoChanges = false)
    {
        await context.Output.WriteAsync(parse.GetValue(json)
            ? JsonRenderer.Render(result) + "\n"
            : PlanRenderer.Render(result, session.Project.Name, session.StackName, diff is not null && parse.GetValue(diff)));
        if (markdown is not null && parse.GetValue(markdown) is { } file)
        {
            await File.WriteAllTextAsync(file, MarkdownRenderer.Render(result, command, session.Project.Name, session.StackName));
        }

        return context.ExitFor(result, expectNoChanges || (expect is not null && parse.GetValue(expect)));
    }

    private static async Task<bool> ConfirmAsync(CommandContext context, ParseResult parse, Option<bool> yes, string what)
    {
        if (parse.GetValue(yes))
        {
            return true;
        }

        if (!context.Interactive(parse))
        {
            await context.Error.WriteLineAsync($"error: --yes must be passed to {what} without a prompt (--non-interactive, CI, or no terminal).");
            return false;
        }

        await context.Output.WriteAsync($"Do you want to {what}? [yes/no] ");
        return (Console.ReadLine() ?? "").Trim().ToLowerInvariant() is "yes" or "y";
    }
}
