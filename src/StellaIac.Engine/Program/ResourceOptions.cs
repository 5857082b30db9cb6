namespace StellaIac.Engine.Program;

/// <summary>Options every resource takes, as Pulumi's ResourceOptions.</summary>
public class ResourceOptions
{
    /// <summary>The component this resource belongs to; its type prefixes this resource's URN.</summary>
    public Resource? Parent { get; init; }

    /// <summary>Resources that must be in place first, beyond those whose outputs the arguments use.</summary>
    public IReadOnlyList<Resource> DependsOn { get; init; } = [];

    /// <summary>Refuses delete and replace.</summary>
    public bool Protect { get; init; }

    /// <summary>Properties whose changes in the program are ignored (the state keeps the old value).</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    /// <summary>On delete (or when gone from the program) the object is left in place and only forgotten.</summary>
    public bool RetainOnDelete { get; init; }
}
