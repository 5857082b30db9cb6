namespace StellaIac.Engine.Program;

/// <summary>The arguments of a resource: properties marked <see cref="InputAttribute"/>. Nested argument types derive from it too.</summary>
public abstract class ResourceArgs
{
    public static ResourceArgs Empty { get; } = new EmptyArgs();

    private sealed class EmptyArgs : ResourceArgs;
}
