using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Workspaces;

/// <summary>
/// A local backend: something a program's package runs in-process for some stacks (the Zendesk emulator for
/// a stack that sets <c>zendesk:emulator: true</c>), so that the host needs to know nothing of it. A stack
/// it serves holds only dummy secrets, encrypted with the empty passphrase.
/// </summary>
public interface ILocalBackend
{
    /// <summary>True when this backend serves the stack, judged from its stack file.</summary>
    bool Serves(StackFile stack);

    /// <summary>Starts the backend for a run of <paramref name="stack"/>, keeping its data under <paramref name="stateRoot"/>.</summary>
    Task<ILocalBackendRun> StartAsync(string stateRoot, string stack, CancellationToken ct);
}
