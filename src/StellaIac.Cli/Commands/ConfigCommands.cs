using System.CommandLine;
using StellaIac.Cli.Hosting;

namespace StellaIac.Cli.Commands;

/// <summary>config get, set [--secret] and rm, on the stack's Pulumi.&lt;stack&gt;.yaml.</summary>
internal static class ConfigCommands
{
    public static Command Create(CommandContext context)
    {
        var handlers = new ConfigHandlers(context);
        var config = new Command("config", "Read and change the stack's configuration");
        config.Subcommands.Add(Get(context, handlers));
        config.Subcommands.Add(Set(context, handlers));
        config.Subcommands.Add(Remove(context));
        return config;
    }

    private static Argument<string> Key() => new("key") { Description = "namespace:name, or a name in the project's namespace" };

    private static Command Get(CommandContext context, ConfigHandlers handlers)
    {
        var key = Key();
        var command = new Command("get", "Print a config value (a secret's too, decrypted, as Pulumi does)") { key };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.GetAsync(session, new ConfigKeySettings(parse.GetValue(key)!))));
        return command;
    }

    private static Command Set(CommandContext context, ConfigHandlers handlers)
    {
        var key = Key();
        var value = new Argument<string?>("value") { Description = "The value; left out, it is read from standard input", Arity = ArgumentArity.ZeroOrOne };
        var secret = new Option<bool>("--secret") { Description = "Encrypt the value with the stack's passphrase" };
        var command = new Command("set", "Set a config value in Pulumi.<stack>.yaml") { key, value, secret };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => handlers.SetAsync(session, new ConfigSetSettings(parse.GetValue(key)!, parse.GetValue(value), parse.GetValue(secret)), ct)));
        return command;
    }

    private static Command Remove(CommandContext context)
    {
        var key = Key();
        var command = new Command("rm", "Remove a config value") { key };
        command.SetAction((parse, ct) => context.RunAsync(parse, session => ConfigHandlers.RemoveAsync(session, new ConfigKeySettings(parse.GetValue(key)!))));
        return command;
    }
}
