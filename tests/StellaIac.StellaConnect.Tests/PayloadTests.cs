using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect.Tests;

public sealed class PayloadTests
{
    [Theory]
    [InlineData("chat", "chat")]
    [InlineData("email", "email")]
    [InlineData("phone", "phone")]
    [InlineData("custom", "YOUR CUSTOM CHANNEL NAME")]
    public void Each_channels_payload_is_the_seeds_byte_for_byte(string seedName, string channel)
        => Assert.Equal(SeedPayloads.Get(seedName), StellaPayload.For(channel, SeedPayloads.FieldPlaceholder));

    [Fact]
    public void The_field_id_is_filled_in_where_the_seed_says_to()
        => Assert.Equal(SeedPayloads.Get("email").Replace(SeedPayloads.FieldPlaceholder, "360001234567", StringComparison.Ordinal), StellaPayload.For("email", "360001234567"));

    [Fact]
    public void The_single_and_multiple_custom_field_tag_variants_are_the_seeds()
    {
        Assert.Equal(SeedPayloads.Get("single-custom-field"), StellaPayload.For("email", SeedPayloads.FieldPlaceholder, new PayloadOptions { Tags = TagSource.CustomFields(SeedPayloads.FieldPlaceholder) }));
        Assert.Equal(SeedPayloads.Get("multiple-custom-fields"), StellaPayload.For("email", SeedPayloads.FieldPlaceholder, new PayloadOptions { Tags = TagSource.CustomFields(SeedPayloads.FieldPlaceholder, SeedPayloads.FieldPlaceholder) }));
    }

    [Fact]
    public void The_brand_and_language_variants_are_the_seeds()
    {
        Assert.Equal(SeedPayloads.Get("brand"), StellaPayload.For("email", SeedPayloads.FieldPlaceholder, new PayloadOptions { IncludeBrand = true }));
        Assert.Equal(SeedPayloads.Get("language"), StellaPayload.For("email", SeedPayloads.FieldPlaceholder, new PayloadOptions { IncludeLanguage = true }));
    }

    [Fact]
    public void Variants_compose()
    {
        var both = StellaPayload.For("phone", "7", new PayloadOptions { IncludeBrand = true, IncludeLanguage = true, Tags = TagSource.CustomFields("11") });

        Assert.Contains("\"ext_interaction_id\": \"{{ticket.id}}\", \"brand\": \"{{ticket.brand.name}}\", \"language\": \"{{ticket.requester.locale}}\", \"do_not_send\": \"{{ticket.ticket_field_7}}\"", both, StringComparison.Ordinal);
        Assert.EndsWith("\"tags\": [\"{{ticket.ticket_field_option_title_11}}\"]}", both, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hardened_payload_escapes_the_name_with_Liquids_replace_filter()
        => Assert.Contains("\"name\": \"{{ticket.requester.name | replace: '\\', '\\\\' | replace: '\"', '\\\"'}}\"", StellaPayload.For("email", "7", new PayloadOptions { Hardened = true }), StringComparison.Ordinal);
}
