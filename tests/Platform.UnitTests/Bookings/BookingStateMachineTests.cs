using NodaTime;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.UnitTests.Bookings;

/// <summary>Every action from every status by every actor: allowed exactly where the lifecycle says, refused with a reason elsewhere.</summary>
public sealed class BookingStateMachineTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 12, 0);

    private static BookingFacts Facts(BookingStatus status, Duration? startsIn = null, PaymentStatus payment = PaymentStatus.None) => new()
    {
        Status = status,
        Payment = payment,
        Start = Now + (startsIn ?? Duration.FromDays(3)),
        End = Now + (startsIn ?? Duration.FromDays(3)) + Duration.FromHours(1),
        HoldExpiresAt = status == BookingStatus.Held ? Now + Duration.FromMinutes(10) : null,
        ConfirmationExpiresAt = status == BookingStatus.AwaitingHost ? Now + Duration.FromHours(10) : null,
        RescheduleCutoff = Duration.FromHours(24),
    };

    /// <summary>The lifecycle as a table: (action, from) → to. Anything not listed is illegal.</summary>
    private static readonly Dictionary<(BookingAction, BookingStatus), BookingStatus> Legal = new()
    {
        [(BookingAction.Confirm, BookingStatus.AwaitingHost)] = BookingStatus.Confirmed,
        [(BookingAction.Decline, BookingStatus.AwaitingHost)] = BookingStatus.Declined,
        [(BookingAction.Cancel, BookingStatus.Held)] = BookingStatus.Cancelled,
        [(BookingAction.Cancel, BookingStatus.AwaitingHost)] = BookingStatus.Cancelled,
        [(BookingAction.Cancel, BookingStatus.Confirmed)] = BookingStatus.Cancelled,
        [(BookingAction.MarkCompleted, BookingStatus.Confirmed)] = BookingStatus.Completed,
        [(BookingAction.MarkNoShow, BookingStatus.Confirmed)] = BookingStatus.NoShow,
        [(BookingAction.Finalize, BookingStatus.Held)] = BookingStatus.Confirmed,
        [(BookingAction.Reschedule, BookingStatus.Held)] = BookingStatus.Held,
        [(BookingAction.Reschedule, BookingStatus.AwaitingHost)] = BookingStatus.AwaitingHost,
        [(BookingAction.Reschedule, BookingStatus.Confirmed)] = BookingStatus.Confirmed,
        [(BookingAction.Expire, BookingStatus.Held)] = BookingStatus.Expired,
        [(BookingAction.Expire, BookingStatus.AwaitingHost)] = BookingStatus.Expired,
        [(BookingAction.RequirePayment, BookingStatus.AwaitingHost)] = BookingStatus.Held,
        [(BookingAction.RequirePayment, BookingStatus.Confirmed)] = BookingStatus.Held,
    };

    public static TheoryData<BookingAction, BookingStatus> Everything()
    {
        var data = new TheoryData<BookingAction, BookingStatus>();
        foreach (var action in Enum.GetValues<BookingAction>())
            foreach (var status in Enum.GetValues<BookingStatus>())
                data.Add(action, status);
        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Target_follows_the_lifecycle_table(BookingAction action, BookingStatus from)
    {
        var expected = Legal.TryGetValue((action, from), out var to) ? to : (BookingStatus?)null;
        Assert.Equal(expected, BookingStateMachine.Target(from, action, requiresConfirmation: false));
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void An_allowed_actor_is_refused_exactly_when_the_status_does_not_allow_the_action(BookingAction action, BookingStatus from)
    {
        var actor = BookingStateMachine.ActorsFor(action)[0];
        // Completing and no-shows are judged after the start; the rest well before it.
        var startsIn = action is BookingAction.MarkCompleted or BookingAction.MarkNoShow ? Duration.FromMinutes(-10) : Duration.FromDays(3);
        var facts = Facts(from, startsIn);
        if (action == BookingAction.Expire) facts = facts with { HoldExpiresAt = Now - Duration.FromMinutes(1), ConfirmationExpiresAt = Now - Duration.FromMinutes(1) };

        var refusal = BookingStateMachine.Check(facts, action, actor, Now);

        if (Legal.ContainsKey((action, from))) Assert.Null(refusal);
        else Assert.Equal("ILLEGAL_TRANSITION", refusal?.Code);
    }

    [Theory]
    [InlineData(BookingAction.Confirm, BookingActor.Customer)]
    [InlineData(BookingAction.Confirm, BookingActor.Staff)]
    [InlineData(BookingAction.Decline, BookingActor.Customer)]
    [InlineData(BookingAction.Decline, BookingActor.Staff)]
    [InlineData(BookingAction.MarkCompleted, BookingActor.Customer)]
    [InlineData(BookingAction.MarkNoShow, BookingActor.Customer)]
    [InlineData(BookingAction.Expire, BookingActor.Administrator)]
    [InlineData(BookingAction.Expire, BookingActor.Customer)]
    [InlineData(BookingAction.Finalize, BookingActor.Provider)]
    [InlineData(BookingAction.Cancel, BookingActor.System)]
    public void Actors_without_the_right_are_refused(BookingAction action, BookingActor actor)
    {
        var from = BookingStateMachine.SourcesOf(action)[0];
        Assert.Equal("NOT_ALLOWED", BookingStateMachine.Check(Facts(from), action, actor, Now)?.Code);
    }

    [Fact]
    public void Only_the_provider_or_an_administrator_confirms()
    {
        Assert.Equal([BookingActor.Provider, BookingActor.Administrator], BookingStateMachine.ActorsFor(BookingAction.Confirm));
        Assert.Equal([BookingActor.Provider, BookingActor.Administrator], BookingStateMachine.ActorsFor(BookingAction.Decline));
    }

    [Fact]
    public void A_finalized_hold_waits_for_the_host_when_the_offering_needs_confirmation()
    {
        Assert.Equal(BookingStatus.AwaitingHost, BookingStateMachine.Target(BookingStatus.Held, BookingAction.Finalize, requiresConfirmation: true));
        Assert.Equal(BookingStatus.Confirmed, BookingStateMachine.Target(BookingStatus.Held, BookingAction.Finalize, requiresConfirmation: false));
    }

    [Fact]
    public void A_hold_past_its_expiry_is_expired_for_every_action_before_any_job_ran()
    {
        var expired = Facts(BookingStatus.Held) with { HoldExpiresAt = Now };
        Assert.Equal(BookingStatus.Expired, expired.EffectiveStatus(Now));
        Assert.Equal("ILLEGAL_TRANSITION", BookingStateMachine.Check(expired, BookingAction.Cancel, BookingActor.Customer, Now)?.Code);
        Assert.Equal("ILLEGAL_TRANSITION", BookingStateMachine.Check(expired, BookingAction.Finalize, BookingActor.System, Now)?.Code);
        Assert.Null(BookingStateMachine.Check(expired, BookingAction.Expire, BookingActor.System, Now));
    }

    [Fact]
    public void A_confirmation_past_its_deadline_can_no_longer_be_confirmed()
    {
        var silent = Facts(BookingStatus.AwaitingHost) with { ConfirmationExpiresAt = Now - Duration.FromSeconds(1) };
        Assert.Equal(BookingStatus.Expired, silent.EffectiveStatus(Now));
        Assert.Equal("ILLEGAL_TRANSITION", BookingStateMachine.Check(silent, BookingAction.Confirm, BookingActor.Provider, Now)?.Code);
    }

    [Fact]
    public void Expiring_what_is_not_due_is_refused()
    {
        Assert.Equal("NOT_DUE", BookingStateMachine.Check(Facts(BookingStatus.Held), BookingAction.Expire, BookingActor.System, Now)?.Code);
        Assert.Equal("NOT_DUE", BookingStateMachine.Check(Facts(BookingStatus.AwaitingHost), BookingAction.Expire, BookingActor.System, Now)?.Code);
    }

    [Theory]
    [InlineData(BookingAction.MarkCompleted)]
    [InlineData(BookingAction.MarkNoShow)]
    public void Completion_and_no_shows_wait_for_the_start(BookingAction action)
    {
        Assert.Equal("NOT_STARTED", BookingStateMachine.Check(Facts(BookingStatus.Confirmed, Duration.FromMinutes(1)), action, BookingActor.Provider, Now)?.Code);
        Assert.Null(BookingStateMachine.Check(Facts(BookingStatus.Confirmed, Duration.Zero), action, BookingActor.Provider, Now));
    }

    [Fact]
    public void Customers_cannot_cancel_a_started_session_but_hosts_can_until_it_ends()
    {
        var started = Facts(BookingStatus.Confirmed, Duration.FromMinutes(-30));
        Assert.Equal("ALREADY_STARTED", BookingStateMachine.Check(started, BookingAction.Cancel, BookingActor.Customer, Now)?.Code);
        Assert.Null(BookingStateMachine.Check(started, BookingAction.Cancel, BookingActor.Provider, Now));
        var ended = Facts(BookingStatus.Confirmed, Duration.FromHours(-2));
        Assert.Equal("ALREADY_ENDED", BookingStateMachine.Check(ended, BookingAction.Cancel, BookingActor.Administrator, Now)?.Code);
    }

    [Fact]
    public void Customers_reschedule_until_the_cut_off_inclusive_and_hosts_until_the_start()
    {
        var atCutoff = Facts(BookingStatus.Confirmed, Duration.FromHours(24));
        var justInside = Facts(BookingStatus.Confirmed, Duration.FromHours(24) - Duration.FromTicks(1));
        Assert.Null(BookingStateMachine.Check(atCutoff, BookingAction.Reschedule, BookingActor.Customer, Now));
        Assert.Equal("RESCHEDULE_CUTOFF_PASSED", BookingStateMachine.Check(justInside, BookingAction.Reschedule, BookingActor.Customer, Now)?.Code);
        Assert.Null(BookingStateMachine.Check(justInside, BookingAction.Reschedule, BookingActor.Provider, Now));
        Assert.Equal("ALREADY_STARTED", BookingStateMachine.Check(Facts(BookingStatus.Confirmed, Duration.Zero), BookingAction.Reschedule, BookingActor.Provider, Now)?.Code);
    }

    [Fact]
    public void A_customer_cannot_finalize_a_hold_that_awaits_payment()
    {
        var unpaid = Facts(BookingStatus.Held, payment: PaymentStatus.RequiresPayment);
        Assert.Equal("PAYMENT_REQUIRED", BookingStateMachine.Check(unpaid, BookingAction.Finalize, BookingActor.Customer, Now)?.Code);
        Assert.Null(BookingStateMachine.Check(unpaid, BookingAction.Finalize, BookingActor.System, Now));
        Assert.Null(BookingStateMachine.Check(Facts(BookingStatus.Held), BookingAction.Finalize, BookingActor.Customer, Now));
    }

    [Fact]
    public void Final_statuses_are_exactly_the_ones_no_action_leaves()
    {
        foreach (var status in Enum.GetValues<BookingStatus>())
        {
            var leaves = Enum.GetValues<BookingAction>().Any(a => BookingStateMachine.Target(status, a, false) is { } to && to != status);
            Assert.Equal(!leaves, BookingStateMachine.IsFinal(status));
        }
    }

    [Theory]
    [InlineData(PaymentStatus.RequiresPayment, PaymentStatus.Canceled)]
    [InlineData(PaymentStatus.None, PaymentStatus.None)]
    [InlineData(PaymentStatus.Authorized, PaymentStatus.Authorized)]
    [InlineData(PaymentStatus.Captured, PaymentStatus.Captured)]
    public void Leaving_a_slot_cancels_only_a_payment_still_awaited(PaymentStatus before, PaymentStatus after) =>
        Assert.Equal(after, before.OnExit());
}
