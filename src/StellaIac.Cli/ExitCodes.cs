namespace StellaIac.Cli;

/// <summary>Pulumi's exit codes (3.227 and later) for the cases this CLI has.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int ConfigurationError = 2;
    public const int AuthenticationRefused = 3;
    public const int ChangesFound = 7;
    public const int Internal = 255;
}
