namespace StellaIac.Engine.Values;

/// <summary>The kinds a <see cref="PropertyValue"/> can be; <see cref="Computed"/> is a value not known until apply.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror Pulumi.Experimental.PropertyValueType.")]
public enum PropertyValueType
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Map,
    Computed,
}
