namespace StellaIac.Engine.Program;

/// <summary>The root of every program: <c>pulumi:pulumi:Stack</c>, named &lt;project&gt;-&lt;stack&gt;; its outputs are the stack outputs.</summary>
internal sealed class StackResource(string name) : ComponentResource(Program.Urn.StackType, name)
{
    public void Complete(IDictionary<string, object?> outputs) => RegisterOutputs(outputs);
}
