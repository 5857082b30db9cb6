using System.Diagnostics;
using System.Globalization;
using StellaIac.Bench;
using StellaIac.Zendesk.Http;

// Prints, per account size and declaration, the API requests and wall time of each command, as a Markdown table.
// --smoke: the smallest case only (what .ci/run runs).
var smoke = args.Contains("--smoke");
int[] accounts = smoke ? [0] : [0, 1000, 5000];
int[] declarations = smoke ? [3] : [3, 23];

Console.WriteLine("| other triggers | declared triggers | command | requests | writes | wall time | one GET per resource | ratio |");
Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|");
foreach (var others in accounts)
{
    foreach (var declared in declarations)
    {
        await using var scenario = new Scenario(others, declared);
        await scenario.StartAsync();
        Measure[] measures =
        [
            await scenario.MeasureAsync("preview (new stack)", (e, t) => e.PreviewAsync(t, scenario.Program())),
            await scenario.MeasureAsync("first up (preview + apply)", async (e, t) =>
            {
                await e.PreviewAsync(t, scenario.Program());
                return await e.UpAsync(t, scenario.Program());
            }),
            await scenario.MeasureAsync("preview (no changes)", (e, t) => e.PreviewAsync(t, scenario.Program())),
            await scenario.MeasureAsync("second up (preview + apply)", async (e, t) =>
            {
                await e.PreviewAsync(t, scenario.Program());
                return await e.UpAsync(t, scenario.Program());
            }),
            await scenario.MeasureAsync("refresh", (e, t) => e.RefreshAsync(t, previewOnly: true)),
        ];
        foreach (var m in measures)
        {
            var perResource = m.Command.StartsWith("first", StringComparison.Ordinal) || m.Command.Contains("new stack", StringComparison.Ordinal) ? "–" : m.Managed.ToString(CultureInfo.InvariantCulture);
            var ratio = perResource == "–" ? "–" : m.Ratio.ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {others} | {declared} | {m.Command} | {m.Requests} | {m.Writes} | {m.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s | {perResource} | {ratio} |");
        }
    }
}

if (!smoke)
{
    // More requests than a minute's budget: the pacing shows as whole minutes of waiting, and no 429.
    const int perMinute = 60;
    await using var limited = new Scenario(0, 53, perMinute);
    await limited.StartAsync();
    var up = await limited.MeasureAsync("first up (preview + apply)", async (e, t) =>
    {
        await e.PreviewAsync(t, limited.Program());
        return await e.UpAsync(t, limited.Program());
    });
    var least = RequestPacer.Minimum(up.Requests, perMinute);
    Console.WriteLine();
    Console.WriteLine($"Rate-limited first up (zendesk:rateLimit {perMinute}, the emulator enforcing {perMinute} a minute, 53 declared triggers): {up.Requests} requests, {up.TooMany} answered 429, "
        + $"{up.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; the least the budget allows: {least.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({(up.Elapsed / least).ToString("0.00", CultureInfo.InvariantCulture)} of it)");
}

using var self = Process.GetCurrentProcess();
Console.WriteLine();
Console.WriteLine($"Peak working set of this process (the emulator and its accounts included): {self.PeakWorkingSet64 / (1024 * 1024)} MB");
