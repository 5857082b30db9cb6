namespace StellaIac.Engine.Secrets;

/// <summary>Where the passphrase comes from, in Pulumi's order: PULUMI_CONFIG_PASSPHRASE (an empty value counts), then PULUMI_CONFIG_PASSPHRASE_FILE.</summary>
public static class PassphraseSource
{
    public const string Variable = "PULUMI_CONFIG_PASSPHRASE";
    public const string FileVariable = "PULUMI_CONFIG_PASSPHRASE_FILE";

    /// <summary>The passphrase, or null when neither variable is set.</summary>
    public static string? Read(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(Variable) is { } passphrase)
        {
            return passphrase;
        }

        if (environment(FileVariable) is { Length: > 0 } file)
        {
            try
            {
                return File.ReadAllText(file).Trim();
            }
            catch (IOException ex)
            {
                throw new PassphraseUnavailableException($"{FileVariable} names '{file}', which cannot be read: {ex.Message}");
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new PassphraseUnavailableException($"{FileVariable} names '{file}', which cannot be read: {ex.Message}");
            }
        }

        return null;
    }

    public static string Require(string stackFile, Func<string, string?>? environment = null)
        => Read(environment) ?? throw new PassphraseUnavailableException(
            $"{stackFile} holds secrets and no passphrase was given: set {Variable} (or {FileVariable}, a file holding it).");
}
