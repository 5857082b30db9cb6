using System.CommandLine;
using System.Globalization;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Configuration;

namespace StellaIac.Cli.Commands;

/// <summary>stack ls, init, select, output and unlock.</summary>
internal static class StackCommands
{
    public static Command Create(CommandContext context)
    {
        var stack = new Command("stack", "Manage stacks: one per environment (local, test, prod)");
        stack.Subcommands.Add(List(context));
        stack.Subcommands.Add(Init(context));
        stack.Subcommands.Add(Select(context));
        stack.Subcommands.Add(Output(context));
        stack.Subcommands.Add(Unlock(context));
        return stack;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("ls", "List the project's stacks");
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var selected = session.StackName;
            await context.Output.WriteLineAsync($"{"NAME",-12} {"LAST UPDATE",-22} RESOURCE COUNT");
            foreach (var name in session.Workspace.ListStacks())
            {
                var state = session.Workspace.StateOf(name);
                var updated = state.LastUpdate?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "n/a";
                var count = state.ResourceCount()?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
                await context.Output.WriteLineAsync($"{name + (name == selected ? "*" : ""),-12} {updated,-22} {count}");
            }

            return ExitCodes.Success;
        }, requireStack: false));
        return command;
    }

    private static Command Init(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The new stack's name" };
        var command = new Command("init", "Create a stack (its Pulumi.<name>.yaml) and select it") { name };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var stack = parse.GetValue(name)!;
            session.Workspace.CreateStack(stack);
            await context.Output.WriteLineAsync($"Created stack '{stack}' ({Path.GetFileName(session.Project.StackFilePath(stack))}); it is now selected.");
            return ExitCodes.Success;
        }, requireStack: false));
        return command;
    }

    private static Command Select(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The stack to select" };
        var command = new Command("select", "Select the stack later commands use") { name };
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var stack = parse.GetValue(name)!;
            session.Workspace.SelectStack(stack);
            await context.Output.WriteLineAsync($"Selected stack '{stack}'.");
            return ExitCodes.Success;
        }, stackOverride: parse.GetValue(name)));
        return command;
    }

    private static Command Output(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "One output (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var secrets = new Option<bool>("--show-secrets") { Description = "Show secret outputs in plain text" };
        var json = SharedOptions.Json("Write the outputs as JSON");
        var command = new Command("output", "Show the stack's outputs") { name, secrets, json };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => ShowOutputsAsync(context, session, new StackOutputSettings(parse.GetValue(name), parse.GetValue(secrets), parse.GetValue(json)))));
        return command;
    }

    private static async Task<int> ShowOutputsAsync(CommandContext context, CliSession session, StackOutputSettings settings)
    {
        var outputs = session.Stack.State.Outputs();
        Engine.Values.PropertyValue Reveal(Engine.Values.PropertyValue v) => settings.ShowSecrets ? v.WithSecret(false) : v;
        if (settings.Name is { } key)
        {
            if (!outputs.TryGetValue(key, out var value))
            {
                throw new ConfigurationException($"the stack '{session.StackName}' has no output '{key}' (outputs: {string.Join(", ", outputs.Keys.Order(StringComparer.Ordinal))}).");
            }

            await context.Output.WriteLineAsync(settings.Json ? ValueText.Json(Reveal(value))?.ToJsonString() ?? "null" : Plain(Reveal(value)));
            return ExitCodes.Success;
        }

        if (settings.Json)
        {
            await context.Output.WriteLineAsync(ValueText.Json(System.Collections.Immutable.ImmutableDictionary.ToImmutableDictionary(outputs, p => p.Key, p => Reveal(p.Value))).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Success;
        }

        await context.Output.WriteLineAsync($"Current stack outputs ({outputs.Count}):");
        foreach (var (key2, value) in outputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            await context.Output.WriteLineAsync($"    {key2,-20} {Plain(Reveal(value))}");
        }

        return ExitCodes.Success;
    }

    private static Command Unlock(CommandContext context)
    {
        var command = new Command("unlock", "Remove a stale lock a crashed run left behind (only when no run is going on)");
        command.SetAction((parse, ct) => context.RunAsync(parse, async session =>
        {
            var removed = session.Store.Unlock(session.StackName);
            await context.Output.WriteLineAsync(removed ? $"Removed the lock of '{session.StackName}'." : $"The stack '{session.StackName}' is not locked.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Plain(Engine.Values.PropertyValue value)
        => !value.IsSecret && value.TryGetString(out var text) ? text : ValueText.Show(value);
}
