using StellaIac.Infra.Commands;

namespace StellaIac.Cli.Tests;

public sealed class RequestWindowTests
{
    [Fact]
    public void The_first_requests_of_a_minute_go_at_once_and_later_ones_wait_for_a_free_slot()
    {
        var clock = new ManualClock();
        var window = new RequestWindow(3, clock);

        var first = Enumerable.Range(0, 3).Select(_ => window.Reserve()).ToList();
        clock.Now += TimeSpan.FromSeconds(10);
        var fourth = window.Reserve();
        var fifth = window.Reserve();
        clock.Now += TimeSpan.FromMinutes(2);
        var later = window.Reserve();

        Assert.All(first, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromSeconds(50), fourth);
        Assert.Equal(TimeSpan.FromSeconds(50), fifth);
        Assert.Equal(TimeSpan.Zero, later);
        Assert.Equal(TimeSpan.FromSeconds(100), window.Waited);
    }

    [Fact]
    public void No_minute_ever_holds_more_than_the_limit()
    {
        var clock = new ManualClock();
        var window = new RequestWindow(80, clock);

        var sent = new List<DateTimeOffset>();
        for (var i = 0; i < 500; i++)
        {
            sent.Add(clock.Now + window.Reserve());
            clock.Now += TimeSpan.FromMilliseconds(100);
        }

        Assert.All(sent, at => Assert.True(sent.Count(s => s >= at && s < at + TimeSpan.FromMinutes(1)) <= 80));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
