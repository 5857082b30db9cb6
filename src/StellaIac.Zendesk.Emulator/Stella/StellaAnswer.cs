using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Stella;

/// <summary>Stella's answer to one delivery, and the record the emulator keeps of it.</summary>
internal sealed record StellaAnswer(int Status, string Body, JsonObject? Record);
