namespace StellaIac.Engine.Program;

/// <summary>An argument that is either a plain value or the output of another resource.</summary>
public sealed class Input<T> : IOutputLike
{
    private readonly Output<T> output;

    private Input(Output<T> output) => this.output = output;

    public static implicit operator Input<T>(T value) => new(Output.Create(value));

    public static implicit operator Input<T>(Output<T> value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    public Output<T> ToOutput() => output;

    Output<object?> IOutputLike.AsObjectOutput() => output.Apply(v => (object?)v);
}
