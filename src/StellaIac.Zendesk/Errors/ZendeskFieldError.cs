namespace StellaIac.Zendesk.Errors;

/// <summary>One thing Zendesk refused: the field (or <c>base</c>), its code and its words.</summary>
public sealed record ZendeskFieldError(string Field, string? Code, string Description)
{
    public override string ToString() => Field == "base" ? Description : $"{Field}: {Description}";
}
