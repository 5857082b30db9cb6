using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TriggerOrders;

/// <summary><c>zendesk:index:TriggerOrder</c>: its id is the category's.</summary>
public sealed class TriggerOrder(string name, TriggerOrderArgs args, CustomResourceOptions? options = null)
    : CustomResource(TriggerOrderProvider.Token, name, args, options);
