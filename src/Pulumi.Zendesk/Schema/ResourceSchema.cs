using System.Collections.Immutable;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Schema;

/// <summary>
/// A resource's schema, declared once as data: its inputs (required, replace on change, secret, how they
/// compare) and the outputs Zendesk fills in. The generic diff reads it, and so does the Pulumi package
/// schema (<see cref="PackageSchema"/>), which takes the inputs' types from the args class.
/// </summary>
internal sealed class ResourceSchema
{
    private readonly List<PropertySpec> inputs = [];
    private readonly List<OutputSpec> outputs = [];

    private ResourceSchema(string token, Type argsType, string description)
    {
        Token = token;
        ArgsType = argsType;
        Description = description;
    }

    public string Token { get; }

    /// <summary>The program-side args class: its <c>[Input]</c> properties give each input's type.</summary>
    public Type ArgsType { get; }

    public string Description { get; }

    public IReadOnlyList<PropertySpec> Inputs => inputs;

    public IReadOnlyList<OutputSpec> Outputs => outputs;

    public static ResourceSchema For<TArgs>(string token, string description)
        where TArgs : StellaIac.Engine.Program.ResourceArgs
        => new(token, typeof(TArgs), description);

    public ResourceSchema Input(string name, bool required = false, bool replaceOnChange = false, bool secret = false, Compare compare = Compare.Exact, string? description = null)
    {
        inputs.Add(new PropertySpec(name, required, replaceOnChange, secret, compare, description));
        return this;
    }

    /// <summary>An output Zendesk computes; <c>id</c> is the resource's id, which Pulumi keeps apart from its properties.</summary>
    public ResourceSchema Output<T>(string name, string? description = null)
    {
        outputs.Add(new OutputSpec(name, typeof(T), description));
        return this;
    }

    /// <summary>The failures for required inputs that are missing or empty.</summary>
    public IEnumerable<Diagnostic> MissingRequired(ImmutableDictionary<string, PropertyValue> news)
        => inputs.Where(p => p.Required && (!news.TryGetValue(p.Name, out var value) || value.IsNull || (value.TryGetString(out var text) && text.Trim().Length == 0)))
            .Select(p => Diagnostic.Invalid(p.Name, $"{p.Name} is required and must not be empty"));

    /// <summary>Marks the properties the schema declares secret, whatever the program passed.</summary>
    public ImmutableDictionary<string, PropertyValue> MarkSecrets(ImmutableDictionary<string, PropertyValue> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var spec in inputs.Count == 0 ? [] : this.inputs.Where(p => p.Secret))
        {
            if (inputs.TryGetValue(spec.Name, out var value) && !value.IsNull)
            {
                inputs = inputs.SetItem(spec.Name, value.WithSecret(true));
            }
        }

        return inputs;
    }

    /// <summary>The per-property diff of old and new inputs, with replaces where the schema says so.</summary>
    public DiffResponse Diff(ImmutableDictionary<string, PropertyValue> olds, ImmutableDictionary<string, PropertyValue> oldOutputs, ImmutableDictionary<string, PropertyValue> news, Func<PropertyValue, string>? fingerprint = null)
    {
        var detailed = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        foreach (var spec in inputs)
        {
            var before = olds.GetValueOrDefault(spec.Name) ?? PropertyValue.Null;
            var after = news.GetValueOrDefault(spec.Name) ?? PropertyValue.Null;
            var changed = spec.Compare switch
            {
                Compare.ConditionSets => !RuleComparer.SameConditions(before, after),
                Compare.Fingerprint => after.ContainsUnknowns || Fingerprinted(spec.Name, oldOutputs, after, fingerprint) is { } same && !same,
                _ => after.ContainsUnknowns || !before.ValueEquals(after),
            };
            if (!changed)
            {
                continue;
            }

            var kind = (before.IsNull, after.IsNull) switch
            {
                (true, false) => spec.ReplaceOnChange ? PropertyDiffKind.AddReplace : PropertyDiffKind.Add,
                (false, true) => spec.ReplaceOnChange ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete,
                _ => spec.ReplaceOnChange ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update,
            };
            detailed[spec.Name] = new PropertyDiff(kind);
        }

        return new DiffResponse
        {
            Changes = detailed.Count > 0,
            DetailedDiff = detailed,
            Replaces = [.. detailed.Where(d => d.Value.IsReplace).Select(d => d.Key)],
        };
    }

    private static bool? Fingerprinted(string name, ImmutableDictionary<string, PropertyValue> oldOutputs, PropertyValue after, Func<PropertyValue, string>? fingerprint)
    {
        var kept = Props.String(oldOutputs, name + "Fingerprint");
        if (fingerprint is null)
        {
            return null;
        }

        return kept == (after.IsNull ? null : fingerprint(after));
    }
}
