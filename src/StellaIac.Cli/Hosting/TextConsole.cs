namespace StellaIac.Cli.Hosting;

/// <summary>A console over given readers and writers (an embedding host, a test); its input counts as redirected.</summary>
public sealed class TextConsole(TextReader input, TextWriter output, TextWriter error) : ICliConsole
{
    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter ErrorOutput { get; } = error;

    public bool IsInputRedirected => true;

    public string ReadHidden() => Input.ReadLine() ?? "";
}
