using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Workspaces;

/// <summary>
/// One stack of a workspace, after Pulumi's Automation API <c>WorkspaceStack</c>: its file (read once and
/// kept current as config changes), its config, its secrets (the passphrase read at most once), the
/// reader of its state, and, for a stack a local backend serves, that backend started for the run.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the Automation API's WorkspaceStack.")]
public sealed class WorkspaceStack : IAsyncDisposable
{
    private readonly LocalWorkspace workspace;
    private readonly ILocalBackend? backend;
    private ILocalBackendRun? backendRun;
    private StackSecrets? secrets;

    internal WorkspaceStack(LocalWorkspace workspace, string name)
    {
        this.workspace = workspace;
        Name = name;
        File = StackFile.Load(workspace.Project.StackFilePath(name));
        backend = workspace.Options.LocalBackends.FirstOrDefault(b => b.Serves(File));
        State = new StackState(workspace.Store, name, () => Secrets);
    }

    public string Name { get; }

    public StackFile File { get; private set; }

    /// <summary>True when a local backend (the in-process emulator) serves this stack.</summary>
    public bool IsLocal => backend is not null;

    /// <summary>The stack's secrets; opening them reads the passphrase once.</summary>
    public StackSecrets Secrets => secrets ??= new StackSecrets(File, ReadPassphrase);

    public StackState State { get; }

    /// <summary>The full key of a config name: <c>namespace:name</c>, or a bare name in the project's namespace.</summary>
    public string KeyOf(string key) => ConfigKey.Parse(key, workspace.Project.Name).ToString();

    /// <summary>A config value as text (a secret's decrypted, as Pulumi's <c>config get</c> does).</summary>
    public string GetConfig(string key)
    {
        var name = KeyOf(key);
        return (File[name] ?? throw new ConfigurationException($"configuration key '{name}' not found for stack '{Name}' ({Path.GetFileName(File.Path)}).")) switch
        {
            { Ciphertext: { } ciphertext } => Secrets.DecryptConfig(name, ciphertext),
            { Text: { } text } => text,
            _ => PropertyValue.Null.ToString(),
        };
    }

    /// <summary>
    /// Sets a config value in the stack file, a key Pulumi.yaml or a provider declares, or one of a namespace
    /// nobody owns. A secret is encrypted with the stack's passphrase, and so is a key declared secret even
    /// without <paramref name="secret"/>: a credential is never written in plain text. True when it was encrypted.
    /// </summary>
    public bool SetConfig(string key, string value, bool secret)
    {
        var name = ConfigKey.Parse(key, workspace.Project.Name);
        workspace.KnownConfig.Check(name, File.Path);
        var encrypt = secret || workspace.KnownConfig.IsSecret(name);
        Save(encrypt
            ? File.With(name.ToString(), ConfigValue.Secure(Secrets.Crypter.Encrypt(value))) with { EncryptionSalt = File.EncryptionSalt ?? Secrets.EncryptionSalt }
            : File.With(name.ToString(), ConfigValue.Plain(value)));
        return encrypt;
    }

    public void RemoveConfig(string key)
    {
        var name = KeyOf(key);
        if (File[name] is null)
        {
            throw new ConfigurationException($"configuration key '{name}' not found for stack '{Name}'.");
        }

        Save(File.Without(name));
    }

    /// <summary>The stack's config for a run; a local backend's stack gets the backend's address and credentials.</summary>
    public async Task<StackConfiguration> ConfigurationAsync(CancellationToken ct)
    {
        workspace.KnownConfig.Check(File);
        var config = StackConfiguration.Build(workspace.Project, File, Secrets);
        if (backend is null)
        {
            return config;
        }

        backendRun ??= await backend.StartAsync(workspace.StateRoot, Name, ct);
        return config.With(backendRun.Config);
    }

    public async Task<StackTarget> TargetAsync(CancellationToken ct) => new(workspace.Project.Name, Name, await ConfigurationAsync(ct), Secrets);

    /// <summary>Saves the encryption salt a run created, so the stack file and the state agree.</summary>
    public void PersistSalt()
    {
        if (secrets is { CreatedSalt: true, EncryptionSalt: { } salt } && File.EncryptionSalt is null)
        {
            Save(File with { EncryptionSalt = salt });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (backendRun is not null)
        {
            await backendRun.DisposeAsync();
        }
    }

    private void Save(StackFile file)
    {
        file.Save();
        File = file;
    }

    private string ReadPassphrase()
    {
        // A stack a local backend serves holds only dummy keys: it always uses the empty passphrase, whatever the environment says.
        if (IsLocal)
        {
            return "";
        }

        var environment = workspace.Options.Environment;
        return PassphraseSource.Read(environment.Get)
            ?? workspace.Options.PromptPassphrase?.Invoke(Name)
            ?? PassphraseSource.Require(Path.GetFileName(File.Path), environment.Get);
    }
}
