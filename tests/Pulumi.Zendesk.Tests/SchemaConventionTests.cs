using System.Collections.Immutable;
using System.Reflection;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Tests;

/// <summary>Each resource's schema (what the provider checks and diffs) agrees with the Args programs fill in.</summary>
public sealed class SchemaConventionTests
{
    public static TheoryData<string> Tokens => [.. ZendeskProvider.Tokens];

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task The_schema_names_the_Args_inputs_with_the_same_required_flags(string token)
    {
        using var provider = new ZendeskProvider();
        await provider.Configure(ImmutableDictionary<string, PropertyValue>.Empty.Add("url", new PropertyValue("http://127.0.0.1:1")).Add("oauthToken", new PropertyValue("unused")), CancellationToken.None);
        var schema = provider.SchemaOf(token).Inputs.ToDictionary(p => p.Name, p => p.Required, StringComparer.Ordinal);

        var args = ArgsOf(token).GetProperties().Select(p => p.GetCustomAttribute<InputAttribute>()).OfType<InputAttribute>().ToDictionary(a => a.Name, a => a.IsRequired, StringComparer.Ordinal);

        Assert.Equal(args.OrderBy(p => p.Key, StringComparer.Ordinal), schema.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>The Args type of the resource class named as the token's last part (zendesk:index:Webhook: Webhook(name, WebhookArgs, ...)).</summary>
    private static Type ArgsOf(string token)
    {
        var name = token[(token.LastIndexOf(':') + 1)..];
        var resource = typeof(ZendeskProvider).Assembly.GetTypes().Single(t => t.Name == name && t.IsSubclassOf(typeof(CustomResource)));
        return resource.GetConstructors().Single().GetParameters()[1].ParameterType;
    }
}
