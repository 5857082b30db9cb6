using System.Net;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Rules;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;

namespace StellaIac.Zendesk.Tests.TriggerCategories;

public sealed class TriggerCategoriesClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task Create_answers_200_with_a_string_id()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });

        Assert.Equal("Stella Connect", category.Name);
        Assert.Equal(1, category.Position);
        Assert.True(long.TryParse(category.Id, out _));
        var request = Assert.Single(await Control.RequestsAsync());
        Assert.Equal(("POST", "/api/v2/trigger_categories", 200), (request.Method, request.Path, request.Status));
    }

    [Fact]
    public async Task List_get_patch_and_delete()
    {
        var created = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });

        var patched = await Client.TriggerCategories.PatchAsync(created.Id, new TriggerCategoryContent { Name = "Stella Connect surveys" });
        var listed = await Client.TriggerCategories.ListAsync().ToListAsync();
        var read = await Client.TriggerCategories.GetAsync(created.Id);
        await Client.TriggerCategories.DeleteAsync(created.Id);

        Assert.Equal("Stella Connect surveys", patched.Name);
        Assert.Equal(["Notifications", "Stella Connect surveys"], listed.Select(c => c.Name));
        Assert.Equal(patched.Name, read.Name);
        var missing = await Assert.ThrowsAsync<ZendeskNotFoundException>(() => Client.TriggerCategories.GetAsync(created.Id));
        Assert.Equal("TriggerCategoryNotFound", missing.Error.Code);
        Assert.Contains("PATCH", (await SeenAsync())[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_name_is_refused_in_the_errors_envelope()
    {
        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("InvalidTriggerCategory", refused.Error.Code);
        Assert.Contains("Name cannot be blank", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_batch_job_places_triggers_and_categories()
    {
        var notifications = Assert.Single(await Client.TriggerCategories.ListAsync().ToListAsync());
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        var first = await Client.Triggers.CreateAsync(Tagging(category.Id, "send"));
        var second = await Client.Triggers.CreateAsync(Tagging(category.Id, "exclude"));

        var result = await Client.TriggerCategories.RunJobAsync(new TriggerCategoryJob
        {
            TriggerCategories = [new CategoryPlacement(category.Id, 0), new CategoryPlacement(notifications.Id, 1)],
            Triggers = [new TriggerPlacement { Id = second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Position = 0 }, new TriggerPlacement { Id = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Position = 1 }],
        });

        Assert.Equal("complete", result.Status);
        Assert.Equal(2, result.Results.Triggers.Count);
        var ordered = await Client.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id }).ToListAsync();
        Assert.Equal([second.Id, first.Id], ordered.Select(t => t.Id));
        var categories = await Client.TriggerCategories.ListAsync().ToListAsync();
        Assert.Equal(["Stella Connect", "Notifications"], categories.Select(c => c.Name));
    }

    [Fact]
    public async Task A_job_naming_an_unknown_category_fails_and_changes_nothing()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        var trigger = await Client.Triggers.CreateAsync(Tagging(category.Id, "send"));

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.TriggerCategories.RunJobAsync(new TriggerCategoryJob
        {
            Triggers = [new TriggerPlacement { Id = trigger.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CategoryId = "999", Position = 5 }],
        }));

        Assert.Equal("InvalidTrigger", refused.Error.Code);
        Assert.Contains("category_id is not valid", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await Client.Triggers.GetAsync(trigger.Id)).Position);
    }

    [Fact]
    public async Task A_category_with_active_triggers_cannot_be_deleted()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        await Client.Triggers.CreateAsync(Tagging(category.Id, "send"));

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.TriggerCategories.DeleteAsync(category.Id));

        Assert.Equal("TriggerCategoryNotEmpty", refused.Error.Code);
    }

    private static TriggerContent Tagging(string categoryId, string tag) => new()
    {
        Title = $"Tag {tag}",
        CategoryId = categoryId,
        Conditions = new() { All = [new Condition("status", "value", "solved")] },
        Actions = [new RuleAction("current_tags", tag)],
    };
}
