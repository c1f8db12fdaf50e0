using Platform.Api.GraphQL;
using Platform.Api.GraphQL.RateLimiting;

namespace Platform.UnitTests.RateLimiting;

public class SharedWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 10, 100, 10)] // the first claim of the window
    [InlineData(100, 10, 100, 10)] // the claim that reaches the limit exactly
    [InlineData(104, 10, 100, 6)] // the claim that crosses it gets what was left
    [InlineData(110, 10, 100, 0)] // a claim after the limit gets nothing
    [InlineData(3, 1, 3, 1)]
    [InlineData(4, 1, 3, 0)]
    public void A_claim_is_granted_only_what_the_limit_had_left(int total, int wanted, int limit, int granted) =>
        Assert.Equal(granted, SharedWindowCounter.Grant(total, wanted, limit));

    [Fact]
    public void Claims_from_many_instances_never_grant_more_than_the_limit()
    {
        const int Limit = 1200;
        var batch = PlatformRateLimiter.BatchOf(Limit);
        var total = 0;
        var granted = 0;
        for (var claim = 0; claim < 50; claim++)
        {
            total += batch;
            granted += SharedWindowCounter.Grant(total, batch, Limit);
        }

        Assert.Equal(120, batch);
        Assert.Equal(Limit, granted);
    }

    [Fact]
    public void An_allowance_spends_its_claim_then_asks_and_once_exhausted_refuses_until_its_window_ends()
    {
        var allowance = new WindowAllowance();
        Assert.Equal(TakeResult.ClaimNeeded, allowance.TryTake(Start));

        allowance.Add(new WindowClaim(Start, Start.AddMinutes(1), 2), exhausted: false);
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start.AddSeconds(1)));
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start.AddSeconds(2)));
        Assert.Equal(TakeResult.ClaimNeeded, allowance.TryTake(Start.AddSeconds(3)));

        allowance.Add(new WindowClaim(Start, Start.AddMinutes(1), 0), exhausted: true);
        Assert.Equal(TakeResult.Refused, allowance.TryTake(Start.AddSeconds(4)));
        Assert.Equal(TakeResult.ClaimNeeded, allowance.TryTake(Start.AddMinutes(1)));
    }

    [Fact]
    public void Permits_left_from_an_ended_window_are_not_used_in_the_next()
    {
        var allowance = new WindowAllowance();
        allowance.Add(new WindowClaim(Start, Start.AddMinutes(1), 5), exhausted: false);

        Assert.Equal(TakeResult.ClaimNeeded, allowance.TryTake(Start.AddMinutes(2)));
        allowance.Add(new WindowClaim(Start.AddMinutes(2), Start.AddMinutes(3), 1), exhausted: false);
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start.AddMinutes(2)));
        Assert.Equal(TakeResult.ClaimNeeded, allowance.TryTake(Start.AddMinutes(2)));
    }

    [Fact]
    public void Without_the_shared_counter_an_instance_limits_alone_for_the_rest_of_the_window()
    {
        var allowance = new WindowAllowance();
        allowance.Add(new WindowClaim(Start, Start.AddMinutes(1), 1), exhausted: false);
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start));

        allowance.LimitLocally(Start.AddSeconds(1), TimeSpan.FromMinutes(1), limit: 3);
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start.AddSeconds(2)));
        Assert.Equal(TakeResult.Taken, allowance.TryTake(Start.AddSeconds(3)));
        Assert.Equal(TakeResult.Refused, allowance.TryTake(Start.AddSeconds(4)));
    }
}
