namespace StellaIac.Engine.Program;

/// <summary>Names a <see cref="ResourceArgs"/> property as the provider knows it (camelCase, as in Pulumi schemas).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute(string name, bool required = false) : Attribute
{
    public string Name { get; } = name;

    public bool IsRequired { get; } = required;
}
