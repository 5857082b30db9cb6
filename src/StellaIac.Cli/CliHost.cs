using System.CommandLine;
using StellaIac.Cli.Commands;
using StellaIac.Cli.Hosting;

namespace StellaIac.Cli;

/// <summary>The command line: Pulumi's commands over the embedded engine, hosting any program.</summary>
public static class CliHost
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, CliProgram program, CliHostOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        options ??= new CliHostOptions();
        var root = Build(program, options);
        var configuration = new InvocationConfiguration { Output = options.Console.Output, Error = options.Console.ErrorOutput };
        return root.Parse([.. args]).InvokeAsync(configuration, ct);
    }

    internal static RootCommand Build(CliProgram program, CliHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(program);
        var globals = new GlobalOptions();
        var context = new CommandContext(program, globals, options);
        var root = new RootCommand("StellaIac: the Stella Connect integration on Zendesk as code, with Pulumi's workflow.");
        globals.AddTo(root);
        foreach (var command in DeployCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(StackCommands.Create(context));
        root.Subcommands.Add(ConfigCommands.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(PromoteCommand.Create(context));
        foreach (var extension in program.Extensions)
        {
            var command = new Command(extension.Name, extension.Description);
            foreach (var option in extension.Options)
            {
                command.Options.Add(option);
            }

            command.SetAction((parse, ct) => context.RunAsync(parse, session => extension.Run(session, parse, ct)));
            root.Subcommands.Add(command);
        }

        return root;
    }
}
