namespace StellaIac.StellaConnect;

/// <summary>The codes of the Stella Connect components' diagnostics (validators and payload lint); callers filter by these, never by text.</summary>
public static class StellaDiagnosticCodes
{
    public const string EmptyKey = "stella-empty-key";
    public const string NoChannel = "stella-no-channel";
    public const string DuplicateChannel = "stella-duplicate-channel";
    public const string UnknownStatus = "stella-unknown-status";
    public const string UnsafeChannelName = "stella-unsafe-channel-name";
    public const string MissingChannelCondition = "stella-missing-channel-condition";
    public const string OverlappingChannels = "stella-overlapping-channels";
    public const string EmptyExclusion = "stella-empty-exclusion";
    public const string DuplicateExclusion = "stella-duplicate-exclusion";
    public const string TagFieldNotId = "stella-tag-field-not-id";
    public const string TooManyTagFields = "stella-too-many-tag-fields";
    public const string SharedKey = "stella-shared-key";

    /// <summary>The payload template does not parse as Liquid.</summary>
    public const string PayloadNotLiquid = "stella-payload-not-liquid";

    /// <summary>No sample ticket renders a payload Stella takes.</summary>
    public const string PayloadNeverValid = "stella-payload-never-valid";

    /// <summary>Some sample tickets (names with quotes or backslashes...) render invalid JSON.</summary>
    public const string PayloadBreaks = "stella-payload-breaks";

    /// <summary>A rendering is valid JSON that Stella may still refuse (no email...).</summary>
    public const string PayloadMayBeRefused = "stella-payload-may-be-refused";
}
