using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.TicketFields;
using StellaIac.Zendesk.Tickets;

namespace StellaIac.Zendesk.Tests.Tickets;

public sealed class TicketsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task Create_update_get_and_list_carry_requester_channel_tags_and_fields()
    {
        var box = await Client.TicketFields.CreateAsync(new TicketFieldContent { Type = "checkbox", Title = "Do not Send Stella Connect Survey" });

        var created = await Client.Tickets.CreateAsync(new TicketContent
        {
            Subject = "Printer on fire",
            Comment = new TicketComment("It is very colorful"),
            Requester = new TicketRequester { Name = "Pete", Email = "pete@example.com", Locale = "en-GB" },
            ViaId = 29,
            Tags = ["vip"],
            CustomFields = [new TicketFieldValue(box.Id, true)],
        });
        var solved = await Client.Tickets.UpdateAsync(created.Id, new TicketContent { Status = "solved", AssigneeEmail = "agent@example.com" });
        var read = await Client.Tickets.GetAsync(created.Id);
        var listed = await Client.Tickets.ListAsync().ToListAsync();

        Assert.Equal("chat", created.Via?.Channel);
        Assert.Equal(["vip"], created.Tags);
        Assert.True(Assert.Single(created.CustomFields).Value?.GetBoolean());
        Assert.Equal("solved", solved.Status);
        Assert.NotNull(read.AssigneeId);
        Assert.Equal(created.Id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task A_ticket_naming_an_unknown_field_is_a_validation_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Tickets.CreateAsync(new TicketContent
        {
            Requester = new TicketRequester { Name = "Pete" },
            CustomFields = [new TicketFieldValue(42, "x")],
        }));

        Assert.Contains(error.Details, d => d.Field == "custom_fields[0]");
    }
}
