using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>
/// One ticket create or update as triggers see it: the ticket before (null on create), the ticket now (which
/// the firing triggers change), the channel of the update and its comment, if any.
/// </summary>
internal sealed record TicketUpdate(JsonObject? Before, JsonObject Ticket, int UpdateViaId, bool? CommentIsPublic)
{
    public bool IsCreate => Before is null;
}
