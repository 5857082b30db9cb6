using System.Collections.Immutable;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.PulumiHost;
using StellaIac.Engine.Values;
using Rpc = Pulumirpc;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// The provider's own configuration over the protocol: CheckConfig validates the keys
/// <see cref="ProviderConfig"/> declares, DiffConfig compares them, Configure builds the client from
/// <c>args</c> (or, from engines that send only those, the <c>variables</c>).
/// </summary>
internal static class ConfigService
{
    private const string VariablePrefix = ZendeskProvider.Package + ":config:";

    private static readonly string[] DeclaredNames = [.. ProviderConfig.Keys.Select(k => k.Name)];

    public static Rpc.CheckResponse Check(Rpc.CheckRequest request)
    {
        var news = Secret(PropertyWire.Decode(request.News));
        var response = new Rpc.CheckResponse { Inputs = PropertyWire.Encode(news) };
        if (news.Values.Any(v => v.ContainsUnknowns))
        {
            return response;
        }

        foreach (var unknown in news.Keys.Where(k => !DeclaredNames.Contains(k) && k != "version" && !k.StartsWith("__", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // Pulumi hands the provider its namespace whole: a mistyped key (zendesk:apitoken) would otherwise be ignored in silence.
            var hint = KnownConfig.Nearest(unknown, DeclaredNames) is { } nearest ? $"did you mean zendesk:{nearest}?" : $"the provider's keys are {string.Join(", ", DeclaredNames.Select(n => "zendesk:" + n))}.";
            response.Failures.Add(new Rpc.CheckFailure { Property = unknown, Reason = $"unknown config key 'zendesk:{unknown}': the zendesk provider declares no such key; {hint}" });
        }

        try
        {
            ProviderConfig.ToClientOptions(news);
        }
        catch (ConfigurationException ex)
        {
            response.Failures.Add(new Rpc.CheckFailure { Property = ProviderConfig.Keys.FirstOrDefault(v => ex.Message.StartsWith("zendesk:" + v.Name, StringComparison.Ordinal))?.Name ?? "", Reason = ex.Message });
        }

        return response;
    }

    /// <summary>Another account or other credentials update the provider in place: its resources stay.</summary>
    public static Rpc.DiffResponse Diff(Rpc.DiffRequest request)
    {
        var olds = PropertyWire.Decode(request.OldInputs ?? request.Olds);
        var news = PropertyWire.Decode(request.News);
        var response = new Rpc.DiffResponse { HasDetailedDiff = true };
        foreach (var name in ProviderConfig.Keys.Select(v => v.Name))
        {
            var before = olds.Get(name);
            var after = news.Get(name);
            if (after.ContainsUnknowns || !before.ValueEquals(after))
            {
                response.Diffs.Add(name);
                response.DetailedDiff[name] = new Rpc.PropertyDiff { Kind = before.IsNull ? Rpc.PropertyDiff.Types.Kind.Add : after.IsNull ? Rpc.PropertyDiff.Types.Kind.Delete : Rpc.PropertyDiff.Types.Kind.Update, InputDiff = true };
            }
        }

        response.Changes = response.Diffs.Count > 0 ? Rpc.DiffResponse.Types.DiffChanges.DiffSome : Rpc.DiffResponse.Types.DiffChanges.DiffNone;
        return response;
    }

    public static ImmutableDictionary<string, PropertyValue> Arguments(Rpc.ConfigureRequest request)
    {
        if (request.Args is { Fields.Count: > 0 })
        {
            return PropertyWire.Decode(request.Args);
        }

        return PropertyMap.Empty.SetItems(request.Variables
            .Where(v => v.Key.StartsWith(VariablePrefix, StringComparison.Ordinal))
            .Select(v => KeyValuePair.Create(v.Key[VariablePrefix.Length..], new PropertyValue(v.Value))));
    }

    /// <summary>The credentials travel back wrapped as secrets, whatever the engine sent.</summary>
    private static ImmutableDictionary<string, PropertyValue> Secret(ImmutableDictionary<string, PropertyValue> config)
        => config.SetItems(config.Where(c => ProviderConfig.Keys.Any(v => v.Secret && v.Name == c.Key)).Select(c => KeyValuePair.Create(c.Key, c.Value.WithSecret(true))));
}
