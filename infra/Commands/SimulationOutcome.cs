namespace StellaIac.Infra.Commands;

/// <summary>What one sample ticket did: the triggers that fired in order, and what Stella received and answered.</summary>
internal sealed record SimulationOutcome
{
    public required string Sample { get; init; }

    public required long TicketId { get; init; }

    public required string Channel { get; init; }

    /// <summary>Trigger titles in firing order, per update: the create first, then the status change.</summary>
    public required IReadOnlyList<string> TriggersFired { get; init; }

    public required IReadOnlyList<StellaDelivery> Deliveries { get; init; }

    /// <summary>Why nothing reached Stella, when nothing did.</summary>
    public string? NothingSentBecause { get; init; }

    /// <summary>Conditions or actions the emulator could not evaluate; the outcome may differ in Zendesk.</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>One request a trigger sent to Stella: the rendered body and Stella's answer.</summary>
    internal sealed record StellaDelivery(string Trigger, string Body, bool Accepted, int ResponseCode, string Response);
}
