namespace StellaIac.Engine.Program;

/// <summary>Pulumi's resource identity: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;parent types$&gt;&lt;type&gt;::&lt;name&gt;</c>.</summary>
public static class Urn
{
    public const string StackType = "pulumi:pulumi:Stack";

    public static string Create(string stack, string project, string qualifiedType, string name)
        => $"urn:pulumi:{stack}::{project}::{qualifiedType}::{name}";

    /// <summary>The resource's type, the last segment of the qualified type.</summary>
    public static string Type(string urn) => QualifiedType(urn).Split('$')[^1];

    public static string QualifiedType(string urn) => Parts(urn)[2];

    public static string Name(string urn) => string.Join("::", Parts(urn).Skip(3));

    private static string[] Parts(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 4 && parts[0].StartsWith("urn:pulumi:", StringComparison.Ordinal)
            ? parts
            : throw new FormatException($"'{urn}' is not a Pulumi URN.");
    }
}
