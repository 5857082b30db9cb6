namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// One place a component's input flows to: a property of its children of one type, or one of the component's
/// outputs. The input's dependencies (a Construct request's inputDependencies) follow it there.
/// </summary>
public sealed record InputFlow
{
    private InputFlow(string input) => Input = input;

    public string Input { get; }

    /// <summary>The type of the children that take the input, or null for an output.</summary>
    public string? ChildType { get; private init; }

    /// <summary>The child's property, or the component's output, that the input's value goes into.</summary>
    public string Property { get; private init; } = "";

    public static InputFlow ToChild(string input, string childType, string property) => new(input) { ChildType = childType, Property = property };

    public static InputFlow ToOutput(string input, string output) => new(input) { Property = output };
}
