using System.Text;

namespace StellaIac.Cli.Hosting;

/// <summary>The process's console.</summary>
public sealed class SystemConsole : ICliConsole
{
    public static SystemConsole Instance { get; } = new();

    private SystemConsole()
    {
    }

    public TextReader Input => Console.In;

    public TextWriter Output => Console.Out;

    public TextWriter ErrorOutput => Console.Error;

    public bool IsInputRedirected => Console.IsInputRedirected;

    public string ReadHidden()
    {
        var text = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        ErrorOutput.WriteLine();
        return text.ToString();
    }
}
