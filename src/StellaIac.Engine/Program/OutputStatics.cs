using System.Collections.Immutable;

namespace StellaIac.Engine.Program;

/// <summary>Making and combining outputs.</summary>
public static class Output
{
    public static Output<T> Create<T>(T value) => new(Task.FromResult(OutputData<T>.Known(value)));

    public static Output<T> Create<T>(Task<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value.ContinueWith(t => OutputData<T>.Known(t.Result), TaskScheduler.Default));
    }

    public static Output<T> CreateSecret<T>(T value) => new(Task.FromResult(OutputData<T>.Known(value, secret: true)));

    /// <summary>
    /// The same value, no longer secret: for what is derived from a secret but safe to show (a fingerprint of a
    /// key), so that it can be compared across stacks and printed.
    /// </summary>
    public static Output<T> Unsecret<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new(UnsecretAsync(output));
    }

    /// <summary>A value not known yet (what a preview gives for outputs of resources still to be created).</summary>
    public static Output<T> Unknown<T>() => new(Task.FromResult(OutputData<T>.Unknown(false, [])));

    /// <summary>All the values once all are there; unknown if any is unknown, secret if any is secret.</summary>
    public static Output<ImmutableArray<T>> All<T>(params IEnumerable<Input<T>> inputs)
    {
        var outputs = inputs.Select(i => i.ToOutput()).ToList();
        return new Output<ImmutableArray<T>>(AllAsync(outputs));
    }

    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> first, Input<T2> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new Output<(T1, T2)>(TupleAsync(first.ToOutput(), second.ToOutput()));
    }

    /// <summary>String interpolation over outputs: <c>Output.Format($"{webhook.Id}/{title}")</c>.</summary>
    public static Output<string> Format(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var arguments = text.GetArguments().Select(ToObjectOutput).ToList();
        return All(arguments.Select(a => (Input<object?>)a)).Apply(values => string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Format, [.. values]));
    }

    private static async Task<OutputData<T>> UnsecretAsync<T>(Output<T> output) => (await output.DataTask) with { IsSecret = false };

    private static Output<object?> ToObjectOutput(object? argument)
    {
        if (argument is IOutputLike output)
        {
            return output.AsObjectOutput();
        }

        return Create(argument);
    }

    private static async Task<OutputData<ImmutableArray<T>>> AllAsync<T>(List<Output<T>> outputs)
    {
        var data = await Task.WhenAll(outputs.Select(o => o.DataTask));
        var resources = data.Aggregate(ImmutableHashSet<Resource>.Empty, (all, d) => all.Union(d.Resources));
        var secret = data.Any(d => d.IsSecret);
        return data.All(d => d.IsKnown)
            ? new OutputData<ImmutableArray<T>>([.. data.Select(d => d.Value)], true, secret, resources)
            : OutputData<ImmutableArray<T>>.Unknown(secret, resources);
    }

    private static async Task<OutputData<(T1, T2)>> TupleAsync<T1, T2>(Output<T1> first, Output<T2> second)
    {
        var a = await first.DataTask;
        var b = await second.DataTask;
        var resources = a.Resources.Union(b.Resources);
        return a.IsKnown && b.IsKnown
            ? new OutputData<(T1, T2)>((a.Value, b.Value), true, a.IsSecret || b.IsSecret, resources)
            : OutputData<(T1, T2)>.Unknown(a.IsSecret || b.IsSecret, resources);
    }
}
