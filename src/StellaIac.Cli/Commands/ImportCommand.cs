using System.CommandLine;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Deploy;

namespace StellaIac.Cli.Commands;

/// <summary>import TYPE NAME ID: adopt an existing object into the stack's state, as Pulumi's import does.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var type = new Argument<string>("type") { Description = "The resource type, e.g. zendesk:index:Webhook" };
        var name = new Argument<string>("name") { Description = "The resource name the program declares it under" };
        var id = new Argument<string>("id") { Description = "The object's id in Zendesk" };
        var command = new Command("import", "Adopt an existing object into the state; the program must declare it under the same name") { type, name, id };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => ImportAsync(context, session, new ImportSettings(parse.GetValue(type)!, parse.GetValue(name)!, parse.GetValue(id)!), ct)));
        return command;
    }

    private static async Task<int> ImportAsync(CommandContext context, CliSession session, ImportSettings settings, CancellationToken ct)
    {
        var result = await new DeploymentEngine(context.Program.Providers(), session.Store).ImportAsync(await session.TargetAsync(ct), settings.Type, settings.Name, settings.Id, ct);
        await context.Output.WriteAsync(PlanRenderer.Render(result, session.Project.Name, session.StackName, showDiff: true));
        return context.ExitFor(result, expectNoChanges: false);
    }
}
