using System.Text.RegularExpressions;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Workspaces;

/// <summary>
/// A project folder, after Pulumi's Automation API <c>LocalWorkspace</c>: Pulumi.yaml (read once), its
/// stacks (stack files and state), the selected stack, and the state root. Every host (the CLI, the Pulumi
/// language host) stands on it; a stack is opened with <see cref="OpenStack"/>.
/// </summary>
public sealed partial class LocalWorkspace
{
    private LocalWorkspace(ProjectFile project, WorkspaceOptions options)
    {
        Project = project;
        Options = options;
        StateRoot = StateRootOf(project);
        Store = new StateStore(StateRoot, project.Name);
        KnownConfig = new KnownConfig(project, options.ProviderConfig);
    }

    public ProjectFile Project { get; }

    public WorkspaceOptions Options { get; }

    /// <summary>Where state lives: Pulumi.yaml's <c>backend.url</c> (file:// only), else <c>stacks/</c> beside it.</summary>
    public string StateRoot { get; }

    public StateStore Store { get; }

    /// <summary>The config keys Pulumi.yaml and the providers declare.</summary>
    public KnownConfig KnownConfig { get; }

    /// <summary>The stack later commands use, kept in <c>.pulumi/selected-stack</c> under the state root (not committed).</summary>
    public string? SelectedStack
        => File.Exists(SelectionPath) && File.ReadAllText(SelectionPath).Trim() is { Length: > 0 } name ? name : null;

    private string SelectionPath => Path.Combine(StateRoot, ".pulumi", "selected-stack");

    /// <summary>Opens the project whose Pulumi.yaml is in <paramref name="directory"/>.</summary>
    public static LocalWorkspace Open(string directory, WorkspaceOptions? options = null)
        => new(ProjectFile.Load(Path.Combine(directory, ProjectFile.FileName)), options ?? new WorkspaceOptions());

    /// <summary>The project's stacks: those with a stack file and those with state.</summary>
    public IReadOnlyList<string> ListStacks()
    {
        var files = Directory.GetFiles(Project.Directory, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]);
        return [.. files.Union(Store.Stacks()).Order(StringComparer.Ordinal)];
    }

    /// <summary>Selects a stack that exists.</summary>
    public void SelectStack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        RequireStack(name);
        WriteSelection(name);
    }

    /// <summary>Creates the stack's file and selects it.</summary>
    public void CreateStack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!StackName().IsMatch(name))
        {
            throw new ConfigurationException($"'{name}' is not a stack name: letters, digits, '-', '_' and '.' only.");
        }

        var file = Project.StackFilePath(name);
        if (File.Exists(file) || Store.Stacks().Contains(name))
        {
            throw new ConfigurationException($"the stack '{name}' already exists ({Path.GetFileName(file)}).");
        }

        new StackFile { Path = file }.Save();
        WriteSelection(name);
    }

    /// <summary>The stack named, or the selected one, which must exist (have a stack file or state); its file is read once, here.</summary>
    public WorkspaceStack OpenStack(string? name)
    {
        var stack = name ?? SelectedStack
            ?? throw new ConfigurationException("no stack selected: pass --stack <name>, or run `stack select <name>` (stacks: " + string.Join(", ", ListStacks()) + ").");
        RequireStack(stack);
        return new WorkspaceStack(this, stack);
    }

    /// <summary>Fails naming the stacks that exist when <paramref name="name"/> is not one of them.</summary>
    public void RequireStack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ListStacks().Contains(name))
        {
            throw new ConfigurationException($"no stack named '{name}': the stacks of {Project.Name} are {KnownStacks()}; create it with `stack init {name}`.");
        }
    }

    /// <summary>A stack's state read without opening the stack: its plain outputs, its resource count, when it was last written.</summary>
    public StackState StateOf(string stack)
        => new(Store, stack, () => throw new InvalidOperationException($"the state of '{stack}' was read without its stack; open it (OpenStack) to read its secrets."));

    private string KnownStacks() => ListStacks() is { Count: > 0 } stacks ? string.Join(", ", stacks) : "none yet";

    private void WriteSelection(string name)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SelectionPath)!);
        File.WriteAllText(SelectionPath, name + "\n");
    }

    private static string StateRootOf(ProjectFile project) => project.BackendUrl switch
    {
        null => Path.Combine(project.Directory, "stacks"),
        var url when url.StartsWith("file://", StringComparison.Ordinal) => Path.GetFullPath(Path.Combine(project.Directory, url["file://".Length..])),
        var url => throw new ConfigurationException($"{project.Path}: the backend '{url}' is not supported; the embedded engine keeps state in a folder (file://...)."),
    };

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex StackName();
}
