namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>What a delivery got back; <see cref="Status"/> 0 when nothing answered.</summary>
internal sealed record DeliveryResult(int Status, string Body, string? Error)
{
    public string InvocationStatus => Status switch
    {
        0 => "failed",
        >= 200 and < 300 => "success",
        >= 400 and < 500 => "client error",
        _ => "server error",
    };
}
