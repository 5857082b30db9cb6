namespace StellaIac.Zendesk.Emulator.OAuth;

internal enum TokenState
{
    Unknown,
    Valid,
    Expired,
    Revoked,
}
