using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>A write's input: the object inside the request's envelope, and the request's context.</summary>
internal sealed record JsonObjectArgs(JsonObject Body, ApiContext Context);
