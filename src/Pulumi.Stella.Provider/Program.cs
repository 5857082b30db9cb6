using Pulumi.Stella.Provider;
using StellaIac.PulumiPlugin;

return await PluginHost.RunAsync<StellaProviderService>("pulumi-resource-stella", args, _ => { });
