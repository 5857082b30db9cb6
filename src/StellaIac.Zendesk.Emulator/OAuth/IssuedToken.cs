namespace StellaIac.Zendesk.Emulator.OAuth;

/// <summary>An access token the emulator issued, with the refresh token that came with it.</summary>
internal sealed record IssuedToken(long Id, string AccessToken, string RefreshToken, string Scope, DateTimeOffset ExpiresAt)
{
    public bool Revoked { get; init; }
}
