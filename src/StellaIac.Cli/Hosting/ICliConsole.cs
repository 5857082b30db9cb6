namespace StellaIac.Cli.Hosting;

/// <summary>Where commands read input and write output, injected so hosts and tests choose it.</summary>
public interface ICliConsole
{
    TextReader Input { get; }

    TextWriter Output { get; }

    TextWriter ErrorOutput { get; }

    /// <summary>True when no one can answer a prompt (input from a pipe or a file).</summary>
    bool IsInputRedirected { get; }

    /// <summary>A line typed without echo (a passphrase).</summary>
    string ReadHidden();
}
