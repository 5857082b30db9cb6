namespace StellaIac.Engine.State;

/// <summary>An operation started and not known to have finished (creating, updating, deleting): what a crash leaves.</summary>
public sealed record PendingOperation(ResourceState Resource, string Type);
