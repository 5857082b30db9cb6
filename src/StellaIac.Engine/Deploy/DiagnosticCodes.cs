namespace StellaIac.Engine.Deploy;

/// <summary>The engine's diagnostic codes; they do not change when a message's wording does.</summary>
public static class DiagnosticCodes
{
    public const string InvalidInput = "invalid-input";
    public const string ProtectedReplace = "protected-replace";
    public const string ProtectedDelete = "protected-delete";
    public const string ImportFailed = "import-failed";
    public const string ImportNotFound = "import-not-found";
    public const string AlreadyInState = "already-in-state";
    public const string StepFailed = "step-failed";
    public const string DeleteFailed = "delete-failed";
    public const string RefreshFailed = "refresh-failed";
    public const string DuplicateResource = "duplicate-resource";
    public const string ResourceSkipped = "resource-skipped";

    /// <summary>A lock left on this host by a run whose process is gone was taken over.</summary>
    public const string StaleLockTakenOver = "stale-lock-taken-over";
    public const string ProgramFailed = "program-failed";
    public const string DeletesNotRun = "deletes-not-run";
    public const string InterruptedOperation = "interrupted-operation";
    public const string CreateRecovered = "create-recovered";
}
