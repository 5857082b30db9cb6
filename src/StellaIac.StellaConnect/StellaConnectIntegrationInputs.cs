using StellaIac.Engine.Program;

namespace StellaIac.StellaConnect;

/// <summary>What the integration component records of its own: the fingerprint of the key it was declared with.</summary>
internal sealed class StellaConnectIntegrationInputs : ResourceArgs
{
    [Input("keyFingerprint")]
    public Input<string>? KeyFingerprint { get; init; }
}
