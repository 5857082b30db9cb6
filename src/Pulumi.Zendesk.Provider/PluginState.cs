namespace Pulumi.Zendesk.Provider;

/// <summary>
/// The configured provider of this plugin process: one per process, as the engine starts one process per
/// provider resource.
/// </summary>
internal sealed class PluginState : IDisposable
{
    public ZendeskProvider? Provider { get; private set; }

    public ZendeskProvider Configured
        => Provider ?? throw new InvalidOperationException("The zendesk provider was called before Configure: configure it first (Pulumi does so from the stack's zendesk: config).");

    public void Configure(ZendeskProvider provider)
    {
        Provider?.Dispose();
        Provider = provider;
    }

    public void Dispose() => Provider?.Dispose();
}
