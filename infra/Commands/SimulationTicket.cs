namespace StellaIac.Infra.Commands;

/// <summary>
/// A sample ticket the simulation creates and then solves (the <c>--ticket FILE</c> format is a JSON list of
/// these): the channel by Zendesk via id, the requester, tags, and the do-not-send box ticked by hand.
/// </summary>
internal sealed record SimulationTicket
{
    public required string Name { get; init; }

    public required int ViaId { get; init; }

    /// <summary>The status the ticket is moved to after it is created (the send triggers' "changed to").</summary>
    public string Status { get; init; } = "solved";

    public string? RequesterName { get; init; } = "Pete Sellar";

    public string? RequesterEmail { get; init; } = "pete@example.com";

    public string? RequesterLocale { get; init; } = "en-US";

    public string AssigneeEmail { get; init; } = "agent@example.com";

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Tags the agent adds in the update that solves the ticket (an exclusion decided at the last moment).</summary>
    public IReadOnlyList<string> TagsAddedOnSolve { get; init; } = [];

    public bool DoNotSendTicked { get; init; }
}
