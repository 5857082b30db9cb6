using System.CommandLine;
using StellaIac.Cli.Hosting;
using StellaIac.Cli.Rendering;
using StellaIac.Engine.Configuration;

namespace StellaIac.Cli.Commands;

/// <summary>stack ls, init, select, output and unlock.</summary>
internal static class StackCommands
{
    public static Command Create(CommandContext context)
    {
        var handlers = new StackHandlers(context);
        var stack = new Command("stack", "Manage stacks: one per environment (local, test, prod)");
        stack.Subcommands.Add(List(context, handlers));
        stack.Subcommands.Add(Init(context, handlers));
        stack.Subcommands.Add(Select(context, handlers));
        stack.Subcommands.Add(Output(context));
        stack.Subcommands.Add(Unlock(context, handlers));
        return stack;
    }

    private static Command List(CommandContext context, StackHandlers handlers)
    {
        var command = new Command("ls", "List the project's stacks");
        command.SetAction((parse, ct) => context.RunAsync(parse, handlers.ListAsync, requireStack: false));
        return command;
    }

    private static Command Init(CommandContext context, StackHandlers handlers)
    {
        var name = new Argument<string>("name") { Description = "The new stack's name" };
        var command = new Command("init", "Create a stack (its Pulumi.<name>.yaml) and select it") { name };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.InitAsync(session, new StackNameSettings(parse.GetValue(name)!)), requireStack: false));
        return command;
    }

    private static Command Select(CommandContext context, StackHandlers handlers)
    {
        var name = new Argument<string>("name") { Description = "The stack to select" };
        var command = new Command("select", "Select the stack later commands use") { name };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.SelectAsync(session, new StackNameSettings(parse.GetValue(name)!)), stackOverride: parse.GetValue(name)));
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

    private static Command Unlock(CommandContext context, StackHandlers handlers)
    {
        var command = new Command("unlock", "Remove a stale lock a crashed run left behind (only when no run is going on)");
        command.SetAction((parse, ct) => context.RunAsync(parse, handlers.UnlockAsync));
        return command;
    }

    private static string Plain(Engine.Values.PropertyValue value)
        => !value.IsSecret && value.TryGetString(out var text) ? text : ValueText.Show(value);
}
