using Pulumi.Zendesk.Provider;
using StellaIac.PulumiPlugin;

return await PluginHost.RunAsync<ZendeskProviderService>("pulumi-resource-zendesk", args, services => services.AddSingleton<PluginState>(), ZendeskErrorStatus.Of);
