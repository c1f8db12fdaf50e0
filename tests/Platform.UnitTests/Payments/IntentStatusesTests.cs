using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Api.Features.Payments.Domain;

namespace Platform.UnitTests.Payments;

public sealed class IntentStatusesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(IntentStatus.Succeeded, IntentStatus.Canceled, false)]
    [InlineData(IntentStatus.Canceled, IntentStatus.RequiresCapture, false)]
    [InlineData(IntentStatus.RequiresCapture, IntentStatus.RequiresPaymentMethod, false)]
    [InlineData(IntentStatus.RequiresCapture, IntentStatus.Succeeded, true)]
    [InlineData(IntentStatus.RequiresCapture, IntentStatus.Canceled, true)]
    [InlineData(IntentStatus.RequiresPaymentMethod, IntentStatus.RequiresCapture, true)]
    [InlineData(IntentStatus.Creating, IntentStatus.Succeeded, true)]
    public void Final_statuses_stay_and_an_authorization_gives_way_only_to_a_final_one(IntentStatus current, IntentStatus observed, bool replaces) =>
        // The observation is older on purpose: these rules do not depend on time.
        Assert.Equal(replaces, IntentStatuses.Supersedes(current, T0, observed, T0.AddMinutes(-5)));

    [Fact]
    public void Before_an_authorization_the_newer_observation_wins()
    {
        Assert.True(IntentStatuses.Supersedes(IntentStatus.RequiresPaymentMethod, T0, IntentStatus.RequiresAction, T0.AddSeconds(1)));
        Assert.False(IntentStatuses.Supersedes(IntentStatus.RequiresAction, T0, IntentStatus.RequiresPaymentMethod, T0.AddSeconds(-1)));
    }

    /// <summary>
    /// A real intent's history: some attempts (failed, needing action) at increasing times, maybe an
    /// authorization, and at most one final status. Folded in any order, it ends in the same status.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Any_order_of_one_intents_observations_ends_in_the_same_status()
    {
        var early = new[] { IntentStatus.RequiresPaymentMethod, IntentStatus.RequiresAction, IntentStatus.Processing, IntentStatus.RequiresConfirmation };
        var history =
            from attempts in Gen.ListOf(Gen.Elements(early))
            from authorized in Gen.Elements(true, false)
            from final in Gen.Elements<IntentStatus?>(null, IntentStatus.Succeeded, IntentStatus.Canceled)
            let tail = (authorized ? new[] { IntentStatus.RequiresCapture } : []).Concat(final is { } f ? [f] : Array.Empty<IntentStatus>())
            select attempts.Concat(tail).Select((s, i) => (Status: s, At: T0.AddSeconds(i))).ToList();
        var withOrders = from h in history from shuffled in Gen.Shuffle(h.ToArray()) select (History: h, Shuffled: shuffled);
        return Prop.ForAll(withOrders.ToArbitrary(), pair => Fold(pair.History) == Fold(pair.Shuffled));
    }

    private static IntentStatus Fold(IEnumerable<(IntentStatus Status, DateTimeOffset At)> observations)
    {
        var (status, at) = (IntentStatus.Creating, (DateTimeOffset?)null);
        foreach (var o in observations)
        {
            if (!IntentStatuses.Supersedes(status, at, o.Status, o.At)) continue;
            status = o.Status;
            at = at is { } last && last > o.At ? last : o.At;
        }
        return status;
    }
}
