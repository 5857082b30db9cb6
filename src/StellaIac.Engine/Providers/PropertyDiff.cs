namespace StellaIac.Engine.Providers;

/// <summary>One property's change; <see cref="InputDiff"/> is true when it compares inputs (not outputs).</summary>
public sealed record PropertyDiff(PropertyDiffKind Kind, bool InputDiff = true)
{
    public bool IsReplace => Kind is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace;
}
