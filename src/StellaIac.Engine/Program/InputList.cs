using System.Collections;
using System.Collections.Immutable;

namespace StellaIac.Engine.Program;

/// <summary>A list argument whose items, or the whole list, may be outputs of other resources.</summary>
public sealed class InputList<T> : IEnumerable<Input<T>>, IOutputLike, IItemwiseList
{
    private readonly List<Input<T>> items = [];
    private readonly Output<ImmutableArray<T>>? whole;

    public InputList()
    {
    }

    private InputList(Output<ImmutableArray<T>> whole) => this.whole = whole;

    private InputList(IEnumerable<T> values) => items.AddRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(T[] values) => new(values ?? throw new ArgumentNullException(nameof(values)));

    public static implicit operator InputList<T>(List<T> values) => new(values ?? throw new ArgumentNullException(nameof(values)));

    public static implicit operator InputList<T>(ImmutableArray<T> values) => new(values);

    public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new(values ?? throw new ArgumentNullException(nameof(values)));

    public void Add(Input<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (whole is not null)
        {
            throw new InvalidOperationException("This list was given as one output; items cannot be added to it.");
        }

        items.Add(item);
    }

    public Output<ImmutableArray<T>> ToOutput() => whole ?? Output.All(items);

    public IEnumerator<Input<T>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    IEnumerable<object>? IItemwiseList.Items => whole is null ? items : null;

    Output<object?> IOutputLike.AsObjectOutput() => ToOutput().Apply(v => (object?)v);
}
