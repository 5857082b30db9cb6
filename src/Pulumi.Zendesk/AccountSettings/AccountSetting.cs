using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.AccountSettings;

/// <summary><c>zendesk:index:AccountSetting</c>: its id is the setting's path.</summary>
public sealed class AccountSetting(string name, AccountSettingArgs args, CustomResourceOptions? options = null)
    : CustomResource(AccountSettingProvider.Token, name, args, options);
