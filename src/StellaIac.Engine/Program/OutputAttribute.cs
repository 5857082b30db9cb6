namespace StellaIac.Engine.Program;

/// <summary>Names a resource's <c>Output&lt;T&gt;</c> property as the provider returns it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
