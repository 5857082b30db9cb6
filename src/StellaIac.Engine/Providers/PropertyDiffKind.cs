namespace StellaIac.Engine.Providers;

/// <summary>How one property changes; the Replace kinds force a replacement. Values as Pulumi's.</summary>
public enum PropertyDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}
