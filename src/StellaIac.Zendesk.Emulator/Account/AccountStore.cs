using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>
/// Holds the account behind one lock and, with a state file, writes it after every change: to a temporary
/// file first, then renamed over the old one, so a crash never leaves half a file.
/// </summary>
public sealed class AccountStore
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly string? path;
    private readonly Lock gate = new();

    public AccountStore(string? statePath, TimeProvider time)
    {
        path = statePath is null ? null : Path.GetFullPath(statePath);
        Time = time;
        Account = path is not null && File.Exists(path) ? Load(path) : NewAccount.Create(time.GetUtcNow());
    }

    public TimeProvider Time { get; }

    internal EmulatorAccount Account { get; private set; }

    /// <summary>Runs a read under the lock.</summary>
    public T Read<T>(Func<EmulatorAccount, T> read)
    {
        lock (gate)
        {
            return read(Account);
        }
    }

    /// <summary>Runs a change under the lock and persists it when <paramref name="change"/> reports success.</summary>
    public T Write<T>(Func<EmulatorAccount, T> change, Func<T, bool> succeeded)
    {
        lock (gate)
        {
            var result = change(Account);
            if (succeeded(result))
            {
                Save();
            }

            return result;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            Account = NewAccount.Create(Time.GetUtcNow());
            Save();
        }
    }

    private void Save()
    {
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // The file holds webhook credentials, as Zendesk's own database does: owner-only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, Account.ToJson(), Indented);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static EmulatorAccount Load(string file)
    {
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new InvalidDataException("the file does not hold a JSON object");
            return EmulatorAccount.FromJson(json);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any wrong shape (a list where an object belongs, a text id) is the file's fault, not the emulator's.
            throw new InvalidDataException($"The emulator state file '{file}' cannot be read ({ex.Message.ReplaceLineEndings(" ")}). Move it away to start a new account.", ex);
        }
    }
}
