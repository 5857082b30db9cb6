namespace StellaIac.Zendesk.Channels;

/// <summary>A ticket channel as trigger conditions name it: <c>via_id</c> and its title in Zendesk's UI.</summary>
public sealed record ViaChannel(int Id, string Title, string ViaType);
