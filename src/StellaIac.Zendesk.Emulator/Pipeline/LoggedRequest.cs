using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>One answered request: <see cref="Path"/> includes the query string; <see cref="Status"/> 0 means the connection was dropped.</summary>
public sealed record LoggedRequest(string Method, string Path, int Status, DateTimeOffset Time, double DurationMs, JsonNode? Body);
