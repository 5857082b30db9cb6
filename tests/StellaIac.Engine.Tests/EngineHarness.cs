using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Tests;

/// <summary>A project folder with one stack, the in-memory provider, and the engine over the folder's state.</summary>
public sealed class EngineHarness : IDisposable
{
    public const string Project = "demo";

    public EngineHarness(string stack = "dev", string? passphrase = null)
    {
        Folder = Directory.CreateTempSubdirectory("stella-engine-").FullName;
        Stack = stack;
        Passphrase = passphrase;
        File.WriteAllText(Path.Combine(Folder, "Pulumi.yaml"), $"name: {Project}\nruntime: dotnet\n");
        Store = new StateStore(Path.Combine(Folder, "stacks"), Project);
        Engine = new DeploymentEngine(new ProviderRegistry().Add("test", () => Provider), Store);
    }

    public string Folder { get; }

    public string Stack { get; }

    public string? Passphrase { get; }

    public InMemoryProvider Provider { get; } = new();

    public StateStore Store { get; }

    public DeploymentEngine Engine { get; }

    public StackTarget Target()
    {
        var project = ProjectFile.Load(Path.Combine(Folder, "Pulumi.yaml"));
        var stack = StackFile.Load(project.StackFilePath(Stack));
        var secrets = new StackSecrets(stack, () => Passphrase ?? throw new PassphraseUnavailableException("no passphrase in this test"));
        return new StackTarget(Project, Stack, StackConfiguration.Build(project, stack, secrets), secrets);
    }

    public Task<DeploymentResult> UpAsync(Action program, DeploymentOptions? options = null) => Engine.UpAsync(Target(), Wrap(program), options);

    public Task<DeploymentResult> PreviewAsync(Action program, DeploymentOptions? options = null) => Engine.PreviewAsync(Target(), Wrap(program), options);

    public Checkpoint Checkpoint() => Store.Load(Stack, Target().Secrets)!;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static Func<Task<IDictionary<string, object?>>> Wrap(Action program) => () =>
    {
        program();
        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
    };
}
