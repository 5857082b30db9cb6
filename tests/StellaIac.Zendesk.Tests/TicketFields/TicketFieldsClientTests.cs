using System.Text.Json.Nodes;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.TicketFields;

namespace StellaIac.Zendesk.Tests.TicketFields;

public sealed class TicketFieldsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    private static readonly TicketFieldContent DoNotSend = new() { Type = "checkbox", Title = "Do not Send Stella Connect Survey", Tag = "stella_do_not_send" };

    [Fact]
    public async Task Create_posts_the_field_and_answers_it_with_its_id()
    {
        var field = await Client.TicketFields.CreateAsync(DoNotSend);

        Assert.True(field.Id > 0);
        Assert.Equal(("checkbox", "Do not Send Stella Connect Survey", "stella_do_not_send", true, true), (field.Type, field.Title, field.Tag, field.Active, field.Removable));
        var request = Assert.Single(await Control.RequestsAsync());
        Assert.Equal(("POST", "/api/v2/ticket_fields", 201), (request.Method, request.Path, request.Status));
        Assert.Equal("checkbox", (string?)request.Body!["ticket_field"]!["type"]);
    }

    [Fact]
    public async Task List_includes_system_fields_and_the_new_field_across_pages()
    {
        await Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["ticket_fields"] = 150 } });
        var created = await Client.TicketFields.CreateAsync(DoNotSend);

        var fields = await Client.TicketFields.ListAsync().ToListAsync();

        Assert.Contains(fields, f => f.Type == "subject" && !f.Removable);
        Assert.Contains(fields, f => f.Id == created.Id);
        Assert.Equal(7 + 150 + 1, fields.Count);
    }

    [Fact]
    public async Task Get_update_and_delete_round_trip()
    {
        var created = await Client.TicketFields.CreateAsync(DoNotSend);

        var updated = await Client.TicketFields.UpdateAsync(created.Id, DoNotSend with { Description = "Ticked: Stella sends no survey", Type = "text" });
        var read = await Client.TicketFields.GetAsync(created.Id);
        await Client.TicketFields.DeleteAsync(created.Id);

        Assert.Equal("Ticked: Stella sends no survey", updated.Description);
        Assert.Equal("checkbox", read.Type);
        await Assert.ThrowsAsync<ZendeskNotFoundException>(() => Client.TicketFields.GetAsync(created.Id));
        Assert.Equal(["POST /api/v2/ticket_fields", $"PUT /api/v2/ticket_fields/{created.Id}", $"GET /api/v2/ticket_fields/{created.Id}", $"DELETE /api/v2/ticket_fields/{created.Id}", $"GET /api/v2/ticket_fields/{created.Id}"], await SeenAsync());
    }

    [Fact]
    public async Task A_tag_another_field_uses_is_refused_with_Zendesks_details()
    {
        await Client.TicketFields.CreateAsync(DoNotSend);

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.TicketFields.CreateAsync(DoNotSend with { Title = "Another box" }));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("RecordInvalid", refused.Error.Code);
        var detail = Assert.Single(refused.Details);
        Assert.Equal("base", detail.Field);
        Assert.Contains("stella_do_not_send", detail.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_title_is_refused_naming_the_field()
    {
        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.TicketFields.CreateAsync(DoNotSend with { Title = " " }));

        Assert.Equal("title", Assert.Single(refused.Details).Field);
        Assert.Contains("title: Title: cannot be blank", refused.Message, StringComparison.Ordinal);
    }
}
