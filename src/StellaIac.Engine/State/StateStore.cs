using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Engine.Secrets;

namespace StellaIac.Engine.State;

/// <summary>
/// Stacks' state in the layout of Pulumi's file backend under one folder: <c>.pulumi/meta.yaml</c>,
/// <c>.pulumi/stacks/&lt;project&gt;/&lt;stack&gt;.json</c> (previous copy as <c>.bak</c>), backups under
/// <c>.pulumi/backups/&lt;project&gt;/&lt;stack&gt;/</c>, and one lock per stack under <c>.pulumi/locks/</c>.
/// </summary>
public sealed class StateStore
{
    private readonly string project;

    public StateStore(string root, string project)
    {
        Root = Path.GetFullPath(root);
        this.project = project;
    }

    public string Root { get; }

    private string PulumiFolder => Path.Combine(Root, ".pulumi");

    public string StackPath(string stack) => Path.Combine(PulumiFolder, "stacks", project, $"{stack}.json");

    public string LockPath(string stack) => Path.Combine(PulumiFolder, "locks", project, $"{stack}.json");

    public IReadOnlyList<string> Stacks()
    {
        var folder = Path.Combine(PulumiFolder, "stacks", project);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The stack's checkpoint, or null for a stack never deployed; <paramref name="secrets"/> opens its secrets.</summary>
    public Checkpoint? Load(string stack, StackSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var path = StackPath(stack);
        return File.Exists(path) ? CheckpointFile.Deserialize(File.ReadAllText(path), path, () => secrets.Crypter, secrets.UseStateSalt) : null;
    }

    /// <summary>The stack's checkpoint with its secrets left closed (each reads as a secret null); no passphrase needed.</summary>
    public Checkpoint? LoadUnopened(string stack)
    {
        var path = StackPath(stack);
        return File.Exists(path) ? CheckpointFile.Deserialize(File.ReadAllText(path), path, () => UnopenedSecrets.Instance) : null;
    }

    /// <summary>
    /// Writes the checkpoint: temporary file, then rename. With <paramref name="keepBackup"/> the previous file
    /// is kept as .bak (an operation does so on its first write, so .bak is the state before it).
    /// </summary>
    public void Save(Checkpoint checkpoint, Func<ISecretCrypter>? crypter, ConditionalWeakTable<ResourceState, string>? cache = null, bool keepBackup = true)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var path = StackPath(checkpoint.Stack);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        EnsureMeta();
        var text = CheckpointFile.Serialize(checkpoint, crypter, cache);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text);
        if (keepBackup && File.Exists(path))
        {
            File.Copy(path, path + ".bak", overwrite: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A dated copy of the current checkpoint, taken before an operation changes it.</summary>
    public void Backup(string stack, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var path = StackPath(stack);
        if (!File.Exists(path))
        {
            return;
        }

        var folder = Path.Combine(PulumiFolder, "backups", project, stack);
        Directory.CreateDirectory(folder);
        var stamp = (time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000).ToString(CultureInfo.InvariantCulture);
        File.Copy(path, Path.Combine(folder, $"{stack}.{stamp}.json"), overwrite: true);
    }

    public void Delete(string stack)
    {
        var path = StackPath(stack);
        if (File.Exists(path))
        {
            File.Move(path, path + ".bak", overwrite: true);
        }
    }

    /// <summary>
    /// Takes the stack's lock; a held lock is a <see cref="StateException"/> naming its holder and <c>stack unlock</c>.
    /// A lock taken on this host by a process no longer running (a run killed mid-apply) is taken over, and
    /// <see cref="StackLock.TakenOver"/> says so.
    /// </summary>
    public StackLock Lock(string stack, string operation, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var path = LockPath(stack);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var holder = new JsonObject
        {
            ["pid"] = Environment.ProcessId,
            ["username"] = Environment.UserName,
            ["hostname"] = Environment.MachineName,
            ["operation"] = operation,
            ["timestamp"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        string? takenOver = null;
        while (true)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(stream, holder);
                return new StackLock(path) { TakenOver = takenOver };
            }
            catch (IOException) when (File.Exists(path))
            {
                var current = TryRead(path);
                if (takenOver is null && DeadHolderOnThisHost(path) is { } pid && MovedAsideIfStill(path, pid))
                {
                    // A run on this machine whose process is gone (killed, crashed) cannot be holding the stack.
                    takenOver = $"the lock left by a run that no longer runs ({current}) was taken over: process {pid} is not running on this host";
                    continue;
                }

                throw new StateException(
                    $"the stack '{stack}' is locked by another run ({current}). If no run is going on, remove the stale lock with `stack unlock --stack {stack}` (it is {path}).");
            }
        }
    }

    /// <summary>
    /// Removes a dead run's lock without a check-then-delete race: the file is moved aside atomically, so two
    /// runs taking over at once cannot delete each other's new lock; a lock that is no longer the dead run's
    /// when moved is put back. False when the lock was not removed (another run moved it first, or it changed hands).
    /// </summary>
    private static bool MovedAsideIfStill(string path, int deadPid)
    {
        var aside = $"{path}.stale-{Guid.NewGuid():N}";
        try
        {
            File.Move(path, aside);
        }
        catch (FileNotFoundException)
        {
            return false;
        }

        if (DeadHolderOnThisHost(aside) == deadPid)
        {
            File.Delete(aside);
            return true;
        }

        File.Move(aside, path);
        return false;
    }

    /// <summary>The pid a lock names when it was taken on this host by a process no longer running; null otherwise (another host, a live or unreadable holder).</summary>
    private static int? DeadHolderOnThisHost(string path)
    {
        int pid;
        try
        {
            var held = JsonNode.Parse(File.ReadAllText(path));
            if ((string?)held?["hostname"] != Environment.MachineName || held?["pid"] is not { } number)
            {
                return null;
            }

            pid = number.GetValue<int>();
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }

        try
        {
            using var holder = Process.GetProcessById(pid);
            return holder.HasExited ? pid : null;
        }
        catch (ArgumentException)
        {
            return pid;
        }
    }

    /// <summary>Removes a lock on purpose (a run that crashed left it behind).</summary>
    public bool Unlock(string stack)
    {
        var path = LockPath(stack);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    private static string TryRead(string path)
    {
        try
        {
            var held = JsonNode.Parse(File.ReadAllText(path));
            return $"{held?["operation"]} by {held?["username"]}@{held?["hostname"]}, pid {held?["pid"]}, since {held?["timestamp"]}";
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return "holder unknown";
        }
    }

    private void EnsureMeta()
    {
        var meta = Path.Combine(PulumiFolder, "meta.yaml");
        if (!File.Exists(meta))
        {
            File.WriteAllText(meta, "version: 1\n");
        }
    }
}
