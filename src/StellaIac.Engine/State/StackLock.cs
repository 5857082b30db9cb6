namespace StellaIac.Engine.State;

/// <summary>A held stack lock; disposing releases it.</summary>
public sealed class StackLock(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => File.Delete(Path);
}
