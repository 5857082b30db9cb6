using StellaIac.Cli.Hosting;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Engine.Values;
using StellaIac.Zendesk.Emulator;

namespace StellaIac.Cli;

/// <summary>
/// One command's view of the project: Pulumi.yaml, the stack and its file, its secrets (the passphrase
/// read at most once), its config, the state store under <c>stacks/</c>, and, for a stack that sets
/// <c>zendesk:emulator: true</c>, the embedded emulator whose account lives under <c>stacks/emulator/</c>.
/// </summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly bool interactive;
    private ZendeskEmulator? emulator;
    private StackSecrets? secrets;

    internal CliSession(string directory, string? stack, bool requireStack, bool interactive, TextWriter output, TextWriter error)
    {
        Project = ProjectFile.Load(Path.Combine(directory, ProjectFile.FileName));
        StateRoot = StateRootOf(Project);
        Store = new StateStore(StateRoot, Project.Name);
        StackName = stack ?? WorkspaceSettings.Selected(StateRoot) ?? (requireStack ? null : "")
            ?? throw new ConfigurationException("no stack selected: pass --stack <name>, or run `stack select <name>` (stacks: " + string.Join(", ", KnownStacks(Project)) + ").");
        this.interactive = interactive;
        Output = output;
        Error = error;
    }

    public ProjectFile Project { get; }

    public string StackName { get; }

    public string StateRoot { get; }

    public StateStore Store { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string StackFilePath => Project.StackFilePath(StackName);

    public StackFile StackFile => StackFile.Load(StackFilePath);

    /// <summary>The stack's secrets; opening them reads the passphrase once.</summary>
    public StackSecrets Secrets => secrets ??= new StackSecrets(StackFile, ReadPassphrase);

    /// <summary>True when the stack runs against the embedded emulator.</summary>
    public bool UsesEmulator => StackFile["zendesk:emulator"]?.Text is "true";

    /// <summary>The stack's config for this run; for the local stack, with the emulator's address and credentials.</summary>
    public async Task<StackConfiguration> ConfigAsync(CancellationToken ct)
    {
        var config = StackConfiguration.Build(Project, StackFile, Secrets);
        if (!UsesEmulator)
        {
            return config;
        }

        emulator ??= await ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = EmulatorStatePath }, ct: ct);
        return config.With([
            new ConfigEntry(new ConfigKey("zendesk", "url"), new PropertyValue(emulator.BaseAddress.ToString()), false),
            new ConfigEntry(new ConfigKey("zendesk", "email"), new PropertyValue(EmulatorOptions.DefaultEmail), false),
            new ConfigEntry(new ConfigKey("zendesk", "apiToken"), new PropertyValue(EmulatorOptions.DefaultApiToken), true),
        ]);
    }

    /// <summary>The emulator's account file for this stack, which the emulator's own --state option also reads.</summary>
    public string EmulatorStatePath => Path.Combine(StateRoot, "emulator", $"{StackName}.json");

    public async Task<StackTarget> TargetAsync(CancellationToken ct) => new(Project.Name, StackName, await ConfigAsync(ct), Secrets);

    /// <summary>Saves the encryption salt a run created, so the stack file and the state agree.</summary>
    public void PersistSalt()
    {
        if (secrets is { CreatedSalt: true, EncryptionSalt: { } salt } && StackFile.EncryptionSalt is null)
        {
            (StackFile with { EncryptionSalt = salt }).Save();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }

    /// <summary>The project's stacks: those with a stack file and those with state.</summary>
    public static IReadOnlyList<string> KnownStacks(ProjectFile project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var files = Directory.GetFiles(project.Directory, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]);
        return [.. files.Union(new StateStore(StateRootOf(project), project.Name).Stacks()).Order(StringComparer.Ordinal)];
    }

    /// <summary>Where state lives: Pulumi.yaml's <c>backend.url</c> (file:// only), else <c>stacks/</c> beside it.</summary>
    public static string StateRootOf(ProjectFile project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.BackendUrl switch
        {
            null => Path.Combine(project.Directory, "stacks"),
            var url when url.StartsWith("file://", StringComparison.Ordinal) => Path.GetFullPath(Path.Combine(project.Directory, url["file://".Length..])),
            var url => throw new ConfigurationException($"{project.Path}: the backend '{url}' is not supported; the embedded engine keeps state in a folder (file://...)."),
        };
    }

    private string ReadPassphrase()
    {
        // A stack on the emulator holds only dummy keys: it always uses the empty passphrase, whatever the environment says.
        if (UsesEmulator)
        {
            return "";
        }

        if (PassphraseSource.Read() is { } passphrase)
        {
            return passphrase;
        }

        if (interactive && !Console.IsInputRedirected)
        {
            Error.Write($"Enter the passphrase of the stack '{StackName}': ");
            return ReadHidden();
        }

        return PassphraseSource.Require(Path.GetFileName(StackFilePath));
    }

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }
}
