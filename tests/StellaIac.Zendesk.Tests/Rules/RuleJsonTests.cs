using System.Text.Json;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Json;
using StellaIac.Zendesk.Rules;
using StellaIac.Zendesk.Targets;
using StellaIac.Zendesk.TriggerCategories;

namespace StellaIac.Zendesk.Tests.Rules;

public sealed class RuleJsonTests
{
    [Fact]
    public void Numbers_in_condition_and_action_values_read_as_strings()
    {
        var action = JsonSerializer.Deserialize<RuleAction>("{\"field\":\"notification_target\",\"value\":[1900000033645,\"{}\"]}", ZendeskJson.Options)!;
        var condition = JsonSerializer.Deserialize<Condition>("{\"field\":\"via_id\",\"operator\":\"is\",\"value\":30}", ZendeskJson.Options)!;
        var noValue = JsonSerializer.Deserialize<Condition>("{\"field\":\"status\",\"operator\":\"changed\"}", ZendeskJson.Options)!;

        Assert.Equal(RuleValue.List("1900000033645", "{}"), action.Value);
        Assert.Equal(RuleValue.Of("30"), condition.Value);
        Assert.True(noValue.Value.IsNone);
    }

    [Fact]
    public void Values_write_back_as_strings_and_lists()
    {
        Assert.Equal("{\"field\":\"notification_webhook\",\"value\":[\"01H\",\"{}\"]}", JsonSerializer.Serialize(RuleAction.NotifyWebhook("01H", "{}"), ZendeskJson.Options));
        Assert.Equal("{\"field\":\"status\",\"operator\":\"value\",\"value\":\"solved\"}", JsonSerializer.Serialize(new Condition("status", "value", "solved"), ZendeskJson.Options));
    }

    [Fact]
    public void Ids_read_from_numbers_or_strings()
    {
        var target = JsonSerializer.Deserialize<Target>("{\"id\":\"360000217439\",\"type\":\"http_target\",\"title\":\"t\"}", ZendeskJson.Options)!;
        var category = JsonSerializer.Deserialize<TriggerCategory>("{\"id\":10001,\"name\":\"n\"}", ZendeskJson.Options)!;

        Assert.Equal(360000217439, target.Id);
        Assert.Equal("10001", category.Id);
    }

    [Fact]
    public void Every_error_envelope_is_read()
    {
        var classic = ZendeskError.Parse("{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\",\"details\":{\"title\":[{\"description\":\"Title: cannot be blank\",\"error\":\"BlankValue\"}]}}");
        var newer = ZendeskError.Parse("{\"errors\":[{\"code\":\"TriggerCategoryNotFound\",\"title\":\"Category can't be found\"}]}");
        var webhooks = ZendeskError.Parse("{\"error\":{\"code\":\"WebhookInvalid\",\"title\":\"Invalid webhook\"}}");
        var text = ZendeskError.Parse("Bad Gateway");

        Assert.Equal("RecordInvalid: Record validation errors; title: Title: cannot be blank", classic.ToString());
        Assert.Equal(("TriggerCategoryNotFound", "base"), (newer.Code, Assert.Single(newer.Details).Field));
        Assert.Equal(("WebhookInvalid", "Invalid webhook"), (webhooks.Code, webhooks.Message));
        Assert.Equal("Bad Gateway", text.Message);
    }
}
