using System.Collections.Concurrent;
using System.Collections.Immutable;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Testing;

/// <summary>
/// Runs a program against mocks instead of providers, in the spirit of Pulumi.Testing: for unit tests of
/// components (which resources, which inputs, which dependencies) without any provider or state.
/// </summary>
public static class ProgramTester
{
    public static async Task<ProgramTestResult> RunAsync(Func<Task<IDictionary<string, object?>>> program, IMocks? mocks = null, TestOptions? options = null)
    {
        options ??= new TestOptions();
        var monitor = new MockMonitor(mocks ?? new EchoMocks());
        var context = new ProgramContext(options.ProjectName, options.StackName, options.IsPreview, Configuration(options));
        var result = await Deployment.RunAsync(context, monitor, program);
        return new ProgramTestResult(
            [.. result.Resources.Where(r => r.Type != Urn.StackType)],
            [.. monitor.Registrations.Where(r => r.Type != Urn.StackType)],
            result.Outputs,
            result.Failures);
    }

    public static Task<ProgramTestResult> RunAsync(Action program, IMocks? mocks = null, TestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        return RunAsync(() =>
        {
            program();
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
        }, mocks, options);
    }

    /// <summary>An output's value for assertions (null when unknown), with whether it is known and secret.</summary>
    public static async Task<(T? Value, bool IsKnown, bool IsSecret)> ValueOf<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var data = await output.DataTask;
        return (data.IsKnown ? data.Value : default, data.IsKnown, data.IsSecret);
    }

    private static StackConfiguration Configuration(TestOptions options)
    {
        var stack = new StackFile
        {
            Path = $"Pulumi.{options.StackName}.yaml",
            Config = [.. options.Config.Select(p => new KeyValuePair<string, ConfigValue>(p.Key.Contains(':', StringComparison.Ordinal) ? p.Key : $"{options.ProjectName}:{p.Key}", ConfigValue.Plain(p.Value)))],
        };
        var project = new ProjectFile { Name = options.ProjectName, Path = ProjectFile.FileName };
        var built = StackConfiguration.Build(project, stack, new Secrets.StackSecrets(stack, () => ""));
        return options.SecretConfig.Count == 0 ? built : built.WithSecrets(options.SecretConfig);
    }

    private sealed class MockMonitor(IMocks mocks) : IResourceMonitor
    {
        private readonly ConcurrentQueue<RegisterResourceRequest> registrations = new();

        public IReadOnlyList<RegisterResourceRequest> Registrations => [.. registrations];

        public async Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken ct)
        {
            registrations.Enqueue(request);
            if (request.Type == Urn.StackType)
            {
                return new RegisterResourceResult(request.Urn, PropertyValue.Null, PropertyMap.Empty);
            }

            var (id, outputs) = await mocks.NewResourceAsync(new MockResourceArgs(request.Type, request.Name, request.Urn, request.Custom, request.Inputs, request.ImportId));
            return new RegisterResourceResult(request.Urn, id is null ? PropertyValue.Null : new PropertyValue(id), outputs);
        }

        public Task RegisterResourceOutputsAsync(string urn, ImmutableDictionary<string, PropertyValue> outputs, CancellationToken ct) => Task.CompletedTask;
    }
}
