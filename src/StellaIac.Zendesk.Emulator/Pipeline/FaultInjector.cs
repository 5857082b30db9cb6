namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>The faults waiting for requests; each is used up after its count.</summary>
public sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<(Fault Fault, int Left)> faults = [];

    public void Add(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (gate)
        {
            faults.Add((fault, Math.Max(1, fault.Times)));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>The first fault matching the request, consuming one of its uses.</summary>
    internal Fault? Take(string method, string path)
    {
        lock (gate)
        {
            var index = faults.FindIndex(f => f.Fault.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var (fault, left) = faults[index];
            if (left <= 1)
            {
                faults.RemoveAt(index);
            }
            else
            {
                faults[index] = (fault, left - 1);
            }

            return fault;
        }
    }
}
