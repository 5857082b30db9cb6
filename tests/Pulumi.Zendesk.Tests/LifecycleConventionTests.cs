using System.Reflection;

namespace Pulumi.Zendesk.Tests;

/// <summary>
/// Each resource token has lifecycle tests against the emulator for what any resource goes through: an import,
/// and a replacement for each property whose change replaces it. They are found by name (the class
/// <c>&lt;Resource&gt;LifecycleTests</c>, a test naming <c>Import</c>, a test naming <c>replace</c> and the property),
/// so a new resource or a new replace-on-change property fails here until its tests are written.
/// </summary>
public sealed class LifecycleConventionTests
{
    public static TheoryData<string> Tokens => [.. ZendeskProvider.Tokens];

    [Theory]
    [MemberData(nameof(Tokens))]
    public void The_lifecycle_tests_import_and_replace_on_each_replace_on_change_property(string token)
    {
        var tests = TestNamesOf(token);
        var replaceOnChange = ZendeskProvider.Schemas.Single(s => s.Token == token).Inputs.Where(p => p.ReplaceOnChange).Select(p => p.Name);

        var missing = replaceOnChange
            .Where(property => !tests.Any(test => test.Contains("replace", StringComparison.Ordinal) && test.Contains(property.ToLowerInvariant(), StringComparison.Ordinal)))
            .Select(property => $"a test that changing {property} replaces")
            .Prepend(tests.Any(test => test.Contains("import", StringComparison.Ordinal)) ? null : "an import test")
            .OfType<string>();

        Assert.Empty(missing);
    }

    /// <summary>The test method names of the token's lifecycle class, lower case without underscores, so <c>categoryId</c> matches <c>..._category_id_...</c>.</summary>
    private static List<string> TestNamesOf(string token)
    {
        var name = token[(token.LastIndexOf(':') + 1)..] + "LifecycleTests";
        var tests = typeof(LifecycleConventionTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == name);
        Assert.True(tests is not null, $"{token} has no {name} class");
        return [.. tests.GetMethods()
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant())];
    }
}
