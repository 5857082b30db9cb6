using System.Diagnostics;
using StellaIac.Engine.Secrets;

namespace StellaIac.Engine.Tests;

public sealed class SecretsTests
{
    // Written by Pulumi itself: the salts of its passphrase manager tests (pkg/secrets/passphrase), made with
    // the passphrase "password" and with the empty passphrase.
    private const string PulumiSaltForPassword = "v1:fozI5u6B030=:v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==";
    private const string PulumiSaltForEmptyPassphrase = "v1:LVuDkcjhUns=:v1:WPbL+tmbxnqWswQ2:lebZxStyHT3IZkmbN+3xCx9zqtoPog==";

    [Fact]
    public void A_salt_written_by_Pulumi_opens_with_its_passphrase()
    {
        var crypter = PassphraseCrypter.Open(PulumiSaltForPassword, "password", "Pulumi.dev.yaml");

        Assert.Equal("round trip", crypter.Decrypt(crypter.Encrypt("round trip")));
        Assert.Equal(PulumiSaltForPassword, crypter.EncryptionSalt);
    }

    [Fact]
    public void The_empty_passphrase_is_a_passphrase()
        => Assert.NotNull(PassphraseCrypter.Open(PulumiSaltForEmptyPassphrase, "", "Pulumi.local.yaml"));

    [Fact]
    public void A_wrong_passphrase_is_one_clear_error()
    {
        var wrong = Assert.Throws<IncorrectPassphraseException>(() => PassphraseCrypter.Open(PulumiSaltForPassword, "password123", "Pulumi.prod.yaml"));

        Assert.StartsWith("incorrect passphrase", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.prod.yaml", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("PULUMI_CONFIG_PASSPHRASE", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_salt_is_refused_naming_the_file()
        => Assert.Contains("Pulumi.dev.yaml", Assert.Throws<FormatException>(() => PassphraseCrypter.Open("fozI5u6B030=:v1:F+6ZduL:PGMF", "password", "Pulumi.dev.yaml")).Message, StringComparison.Ordinal);

    [Fact]
    public void Values_are_in_the_v1_format_with_a_fresh_nonce_each_time()
    {
        var crypter = TestCrypter.Instance;

        var first = crypter.Encrypt("same");
        var second = crypter.Encrypt("same");

        Assert.Matches("^v1:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+$", first);
        Assert.NotEqual(first, second);
        Assert.Matches("^v1:[A-Za-z0-9+/=]{12}:v1:", crypter.EncryptionSalt);
    }

    [Fact]
    public async Task What_this_engine_encrypts_decrypts_with_an_independent_implementation_of_Pulumis_algorithm()
    {
        var crypter = PassphraseCrypter.Create("node checks this");
        var ciphertext = crypter.Encrypt("{\"key\":\"stella-prod-9\"}");
        const string script = """
            const c = require('crypto');
            const [salt, value] = [process.env.SALT.split(':'), process.env.VALUE.split(':')];
            const key = c.pbkdf2Sync(process.env.PASS, Buffer.from(salt[1], 'base64'), 1000000, 32, 'sha256');
            const open = (nonce, body) => { const b = Buffer.from(body, 'base64'); const d = c.createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64'));
              d.setAuthTag(b.subarray(b.length - 16)); return Buffer.concat([d.update(b.subarray(0, b.length - 16)), d.final()]).toString('utf8'); };
            console.log(open(salt[3], salt[4]) + '|' + open(value[1], value[2]));
            """;
        var info = new ProcessStartInfo("node", ["-e", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["SALT"] = crypter.EncryptionSalt;
        info.Environment["VALUE"] = ciphertext;
        info.Environment["PASS"] = "node checks this";

        using var node = Process.Start(info) ?? throw new InvalidOperationException("node is needed for this test (the machine provides Node.js 20)");
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        Assert.Equal("pulumi|{\"key\":\"stella-prod-9\"}", output.Trim());
    }

    [Fact]
    public void The_passphrase_comes_from_the_variable_first_then_the_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  from-file \n");

            Assert.Equal("from-env", PassphraseSource.Read(n => n == PassphraseSource.Variable ? "from-env" : file));
            Assert.Equal("", PassphraseSource.Read(n => n == PassphraseSource.Variable ? "" : file));
            Assert.Equal("from-file", PassphraseSource.Read(n => n == PassphraseSource.FileVariable ? file : null));
            Assert.Null(PassphraseSource.Read(_ => null));
            Assert.Contains("PULUMI_CONFIG_PASSPHRASE", Assert.Throws<PassphraseUnavailableException>(() => PassphraseSource.Require("Pulumi.prod.yaml", _ => null)).Message, StringComparison.Ordinal);
            Assert.Contains("cannot be read", Assert.Throws<PassphraseUnavailableException>(() => PassphraseSource.Read(n => n == PassphraseSource.FileVariable ? file + ".missing" : null)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
