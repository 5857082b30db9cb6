namespace StellaIac.Engine.Program;

/// <summary>Lets code that does not know T (serialisation, formatting) read an output or input.</summary>
internal interface IOutputLike
{
    Output<object?> AsObjectOutput();
}
