namespace StellaIac.Engine.Program;

/// <summary>Options of a resource a provider manages.</summary>
public sealed class CustomResourceOptions : ResourceOptions
{
    /// <summary>Delete the old object before creating its replacement (for objects that cannot exist twice).</summary>
    public bool DeleteBeforeReplace { get; init; }

    /// <summary>Adopt the existing object with this id instead of creating one.</summary>
    public string? ImportId { get; init; }
}
