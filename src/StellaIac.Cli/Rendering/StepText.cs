using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;

namespace StellaIac.Cli.Rendering;

/// <summary>How steps and diffs read, as Pulumi writes them.</summary>
internal static class StepText
{
    public static string Symbol(StepOp op) => op switch
    {
        StepOp.Create => "+",
        StepOp.Update => "~",
        StepOp.Replace => "+-",
        StepOp.Delete => "-",
        StepOp.Import => "=",
        _ => " ",
    };

    public static string Plan(StepOp op, bool done) => (op, done) switch
    {
        (StepOp.Same, _) => "",
        (StepOp.Create, false) => "create",
        (StepOp.Create, true) => "created",
        (StepOp.Update, false) => "update",
        (StepOp.Update, true) => "updated",
        (StepOp.Replace, false) => "replace",
        (StepOp.Replace, true) => "replaced",
        (StepOp.Delete, false) => "delete",
        (StepOp.Delete, true) => "deleted",
        (StepOp.Import, false) => "import",
        (StepOp.Import, true) => "imported",
        _ => op.ToString().ToLowerInvariant(),
    };

    public static string Summary(StepOp op, int count, bool done) => (op, done) switch
    {
        (StepOp.Same, _) => $"{count} unchanged",
        (_, false) => $"{Symbol(op)} {count} to {Plan(op, false)}",
        _ => $"{Symbol(op)} {count} {Plan(op, true)}",
    };

    public static string Kind(PropertyDiffKind kind) => kind switch
    {
        PropertyDiffKind.Add => "add",
        PropertyDiffKind.AddReplace => "add-replace",
        PropertyDiffKind.Delete => "delete",
        PropertyDiffKind.DeleteReplace => "delete-replace",
        PropertyDiffKind.Update => "update",
        _ => "update-replace",
    };

    public static string Op(StepOp op) => op.ToString().ToLowerInvariant();

    public static bool IsProvider(string type) => type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
}
