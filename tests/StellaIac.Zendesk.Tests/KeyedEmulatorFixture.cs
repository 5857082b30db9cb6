using StellaIac.Zendesk.Emulator;

namespace StellaIac.Zendesk.Tests;

/// <summary>The shared emulator fixture whose Stella endpoint accepts only the test keys, so a wrong key is refused.</summary>
public sealed class KeyedEmulatorFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { StellaKeys = [TestKeys.StellaTest, TestKeys.StellaProduction] };
}
