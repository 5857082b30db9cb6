using System.Text;

namespace StellaIac.StellaConnect.Payloads;

/// <summary>
/// The JSON and Liquid bodies the send triggers post to Stella Connect, byte for byte as the seed writes
/// them, with the "Do not Send" field's id filled in, and the seed's variants composed on request.
/// </summary>
public static class StellaPayload
{
    private const string Name = "{{ticket.requester.name}}";
    private const string HardenedName = "{{ticket.requester.name | replace: '\\', '\\\\' | replace: '\"', '\\\"'}}";
    private const string Brand = "{{ticket.brand.name}}";
    private const string HardenedBrand = "{{ticket.brand.name | replace: '\\', '\\\\' | replace: '\"', '\\\"'}}";
    private const string TicketTags = "{% assign raw_tags = ticket.tags | split: ' ' %}\"tags\": [{% for tag in raw_tags %}\"{{tag}}\"{% unless forloop.last %},{% endunless %}{% endfor %}]";

    /// <summary>The body for one channel (<c>chat</c>, <c>email</c>, <c>phone</c> or a custom channel's Stella name).</summary>
    public static string For(string channel, string doNotSendFieldId, PayloadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(doNotSendFieldId);
        options ??= new PayloadOptions();
        var body = new StringBuilder();
        body.Append("{ \"employee\": { \"email\": \"{{ticket.assignee.email}}\" }, \"channel\": \"").Append(channel).Append("\", ");
        body.Append("\"customer\": { \"name\": \"").Append(options.Hardened ? HardenedName : Name).Append("\", ");
        body.Append("{% assign customer_email = ticket.requester.email | strip %}\"email\":{% if customer_email and customer_email != \"\" %}\"{{customer_email}}\"{% else %}\"no_email\"{% endif %} }, ");
        body.Append("\"ext_interaction_id\": \"{{ticket.id}}\", ");
        if (options.IncludeBrand)
        {
            body.Append("\"brand\": \"").Append(options.Hardened ? HardenedBrand : Brand).Append("\", ");
        }

        if (options.IncludeLanguage)
        {
            body.Append("\"language\": \"{{ticket.requester.locale}}\", ");
        }

        body.Append("\"do_not_send\": \"{{ticket.ticket_field_").Append(doNotSendFieldId).Append("}}\", ");
        body.Append("\"external_url\": \"{{ticket.link}}\", ");
        if (options.Tags.CustomFieldIds.Count > 0)
        {
            body.Append("\"tags\": [").AppendJoin(", ", options.Tags.CustomFieldIds.Select(id => $"\"{{{{ticket.ticket_field_option_title_{id}}}}}\"")).Append("]}");
        }
        else
        {
            // The seed's brand and language variants close with "] }", its default with "]}".
            body.Append(TicketTags).Append(options.IncludeBrand || options.IncludeLanguage ? " }" : "}");
        }

        return body.ToString();
    }

    /// <summary>The seed's "Test Target" body: Stella's sample with <c>do_not_send: true</c>, so no survey goes out.</summary>
    public const string TestSample = "{ \"customer\": { \"name\": \"pete\", \"email\": \"pete@stellaservice.com\" }, \"do_not_send\": true, \"employee\": { \"email\": \"pete.sellar@stellaservice.com\" }, \"channel\": \"phone\" }";
}
