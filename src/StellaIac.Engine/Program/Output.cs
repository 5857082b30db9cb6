
namespace StellaIac.Engine.Program;

/// <summary>
/// A value that will be there later: the output of a resource, known or unknown (in a preview, the outputs
/// of resources still to be created), secret or not, and tied to the resources it depends on. Secretness
/// and unknownness flow through <see cref="Apply{TResult}(Func{T, TResult})"/>.
/// </summary>
public sealed class Output<T> : IOutputLike
{
    internal Output(Task<OutputData<T>> data) => DataTask = data;

    internal Task<OutputData<T>> DataTask { get; }

    public Output<TResult> Apply<TResult>(Func<T, TResult> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return new Output<TResult>(ApplyAsync(d => Task.FromResult(Output.Create(func(d)))));
    }

    public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return new Output<TResult>(ApplyAsync(async d => Output.Create(await func(d))));
    }

    public Output<TResult> Apply<TResult>(Func<T, Output<TResult>> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return new Output<TResult>(ApplyAsync(d => Task.FromResult(func(d))));
    }

    /// <summary>The same value, marked secret.</summary>
    public Output<T> AsSecret() => new(DataTask.ContinueWith(t => t.Result with { IsSecret = true }, TaskScheduler.Default));

    Output<object?> IOutputLike.AsObjectOutput() => Apply(v => (object?)v);

    /// <summary>Displays no value: outputs resolve asynchronously; use Apply or string interpolation through <see cref="Output.Format"/>.</summary>
    public override string ToString() => "Output<" + typeof(T).Name + ">";

    private async Task<OutputData<TResult>> ApplyAsync<TResult>(Func<T, Task<Output<TResult>>> func)
    {
        var data = await DataTask;
        if (!data.IsKnown)
        {
            return OutputData<TResult>.Unknown(data.IsSecret, data.Resources);
        }

        var inner = await (await func(data.Value)).DataTask;
        return new OutputData<TResult>(inner.Value, inner.IsKnown, data.IsSecret || inner.IsSecret, data.Resources.Union(inner.Resources));
    }
}
