using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Workspaces;

/// <summary>A started local backend: the config it adds to the run (its address and credentials); disposing it stops it.</summary>
public interface ILocalBackendRun : IAsyncDisposable
{
    IReadOnlyList<ConfigEntry> Config { get; }
}
