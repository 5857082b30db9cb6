using System.Globalization;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Values;

namespace StellaIac.Cli.Commands;

/// <summary>What preview, up, refresh, drift and destroy do, given their settings, a session and the context's console.</summary>
internal sealed class DeployHandlers(CommandContext context)
{
    public async Task<int> PreviewAsync(CliSession session, DeploySettings settings, CancellationToken ct)
    {
        var result = await Engine(session).PreviewAsync(await TargetAsync(session, settings, ct), context.Program.Program(session), new DeploymentOptions { Refresh = settings.Refresh }, ct);
        var drift = result.Kind == DeploymentKind.Refresh ? result : result.Refreshed;
        return await ReportAsync(session, result, drift == result ? settings with { Command = "refresh" } : settings, drift);
    }

    public async Task<int> UpAsync(CliSession session, DeploySettings settings, CancellationToken ct)
    {
        var engine = Engine(session);
        if (!settings.SkipPreview && !settings.Json)
        {
            var preview = await engine.PreviewAsync(await TargetAsync(session, settings, ct), context.Program.Program(session), new DeploymentOptions { Refresh = settings.Refresh }, ct);
            await context.Output.WriteAsync(PlanRenderer.Render(preview, session.Project.Name, session.StackName, settings.Diff));
            if (!preview.Succeeded)
            {
                return context.ExitFor(preview, expectNoChanges: false);
            }

            if (!preview.HasChanges)
            {
                return ExitCodes.Success;
            }
        }

        if (!await context.ConfirmAsync(settings.Yes, settings.Interactive, "perform this update"))
        {
            return ExitCodes.Failed;
        }

        var result = await engine.UpAsync(await TargetAsync(session, settings, ct), context.Program.Program(session), Progress(settings), ct);
        var code = await ReportAsync(session, result, settings);
        if (result.Succeeded && !settings.Json)
        {
            foreach (var line in context.Program.AfterUp(result))
            {
                await context.Output.WriteLineAsync(line);
            }
        }

        return code;
    }

    public async Task<int> RefreshAsync(CliSession session, DeploySettings settings, CancellationToken ct)
    {
        if (!settings.PreviewOnly && !await context.ConfirmAsync(settings.Yes, settings.Interactive, "write the refreshed state"))
        {
            return ExitCodes.Failed;
        }

        return await ReportAsync(session, await Engine(session).RefreshAsync(await TargetAsync(session, settings, ct), settings.PreviewOnly, ct: ct), settings);
    }

    public async Task<int> DestroyAsync(CliSession session, DeploySettings settings, CancellationToken ct)
    {
        var engine = Engine(session);
        if (!settings.Json)
        {
            var preview = await engine.DestroyAsync(await TargetAsync(session, settings, ct), preview: true, ct: ct);
            await context.Output.WriteAsync(PlanRenderer.Render(preview, session.Project.Name, session.StackName, showDiff: false));
        }

        if (!await context.ConfirmAsync(settings.Yes, settings.Interactive, "delete these resources"))
        {
            return ExitCodes.Failed;
        }

        return await ReportAsync(session, await engine.DestroyAsync(await TargetAsync(session, settings, ct), preview: false, Progress(settings), ct), settings);
    }

    /// <summary>The session's stack, with --rate-limit set as the program's rate-limit config key for this run only.</summary>
    private async Task<StackTarget> TargetAsync(CliSession session, DeploySettings settings, CancellationToken ct)
    {
        var target = await session.TargetAsync(ct);
        if (settings.RateLimit is not { } perMinute)
        {
            return target;
        }

        var key = context.Program.RateLimitConfigKey ?? throw new ConfigurationException("--rate-limit: this program's providers take no request budget.");
        var budget = new ConfigEntry(ConfigKey.Parse(key, session.Project.Name), new PropertyValue(perMinute.ToString(CultureInfo.InvariantCulture)), IsSecret: false);
        return target with { Config = target.Config.With([budget]) };
    }

    private DeploymentEngine Engine(CliSession session) => new(context.Program.Providers(), session.Store);

    private DeploymentOptions Progress(DeploySettings settings) => new() { Observer = settings.Json ? null : new ProgressPrinter(context.Output), Refresh = settings.Refresh };

    /// <summary>Renders the result; with <paramref name="drift"/> (a preview that read Zendesk first) the Markdown summary has drift and change apart.</summary>
    private async Task<int> ReportAsync(CliSession session, DeploymentResult result, DeploySettings settings, DeploymentResult? drift = null)
    {
        await context.Output.WriteAsync(settings.Json
            ? JsonRenderer.Render(result) + "\n"
            : PlanRenderer.Render(result, session.Project.Name, session.StackName, settings.Diff));
        if (settings.SummaryMarkdown is { } file)
        {
            await File.WriteAllTextAsync(file, drift is null
                ? MarkdownRenderer.Render(result, settings.Command, session.Project.Name, session.StackName)
                : MarkdownRenderer.RenderDriftAndChange(drift, ReferenceEquals(drift, result) ? null : result, session.Project.Name, session.StackName));
        }

        return context.ExitFor(result, settings.ExpectNoChanges);
    }
}
