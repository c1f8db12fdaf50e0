using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Guests;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Idempotency;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Series;

/// <summary>
/// Recurring series: every occurrence is checked (hours, notice, window, blackouts, calendars,
/// other bookings) and written under the same database guarantees as a single hold, each behind its
/// own savepoint. All-or-nothing rolls everything back on the first conflict; book-what-fits keeps
/// what fitted. Either way the answer lists every occurrence with its booking or its problem.
/// Paid series go into one cart (the given one, or a new one) so they are paid in one payment.
/// </summary>
public sealed partial class SeriesService(
    PlatformDbContext db,
    BookingAsks asks,
    BookingSettingsService settings,
    SlotService slots,
    HoldWriter writer,
    CartService carts,
    LifecycleService lifecycle,
    TimeProvider clock
)
{
    public const string Operation = "bookSeries";

    public Task<BookSeriesPayload> BookAsync(PlatformUserContext caller, BookSeriesInput input, CancellationToken cancellationToken) =>
        db.OnOneConnectionAsync(
            () => db.RetryOnceOnConflictAsync(() => BookOnceAsync(caller, input, cancellationToken)),
            cancellationToken
        );

    private async Task<BookSeriesPayload> BookOnceAsync(
        PlatformUserContext caller,
        BookSeriesInput input,
        CancellationToken cancellationToken
    )
    {
        if (input.Occurrences is < 2 or > Recurrence.MaxOccurrences)
            return Fail("INVALID_OCCURRENCES", $"A series has 2 to {Recurrence.MaxOccurrences} occurrences.", "occurrences");
        if (input.TimeZone is not null && OrganizationRules.CheckTimeZone(input.TimeZone) is { } zoneError)
            return Fail(zoneError);
        var (ask, askError) = await asks.CheckAsync(
            caller,
            new BookingAsk(
                input.OfferingId,
                input.ProviderId,
                input.Start,
                input.DurationMinutes,
                input.Seats,
                input.Participants,
                input.IdempotencyKey
            )
            {
                CustomerEmail = input.CustomerEmail,
                CartId = input.CartId,
            },
            cancellationToken
        );
        if (ask is null)
            return Fail(askError!);
        // A retry's occurrences are all taken (by itself); the claim below replays it.
        var hash = IdempotencyKeys.Hash(
            new
            {
                input.OfferingId,
                input.ProviderId,
                Start = input.Start.ToUniversalTime(),
                input.DurationMinutes,
                input.Seats,
                input.Participants,
                input.CustomerEmail,
                input.Frequency,
                input.Occurrences,
                input.Mode,
                input.TimeZone,
                input.CartId,
            }
        );
        var (tenant, offering, customer, scope, cart, participants, length) = (
            ask.Tenant,
            ask.OnSale.Offering,
            ask.Customer,
            ask.IdempotencyScope,
            ask.Cart,
            ask.Participants,
            ask.Length
        );
        var plan = await PlanAsync(offering, ask.Providers, input, length, cancellationToken);
        var now = clock.GetDatabaseNow();

        var policy = await settings.GetAsync(cancellationToken);
        var series = new BookingSeries
        {
            Id = Guid.CreateVersion7(),
            OfferingId = offering.Id,
            ProviderId = plan.ProviderId,
            CustomerUserId = customer.UserId,
            GuestEmail = customer.GuestEmail,
            Frequency = input.Frequency,
            OccurrencesRequested = input.Occurrences,
            FirstStart = input.Start,
            TimeZone = plan.Zone.Id,
            CreatedAt = now,
        };

        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            var claim = await db.ClaimAsync(tenant.Id, scope, input.IdempotencyKey, Operation, hash, series.Id, now, cancellationToken);
            if (claim.ReplayOf is not null || claim.Error is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await ReplayAsync(claim, cancellationToken);
            }
            if (ask.Price.Amount > 0 && cart is null)
            {
                cart = new Cart
                {
                    Id = Guid.CreateVersion7(),
                    CustomerUserId = customer.UserId,
                    GuestEmail = customer.GuestEmail,
                    Status = CartStatus.Open,
                    ExpiresAt = now.AddMinutes(policy.HoldMinutes),
                    CreatedAt = now,
                };
                db.Carts.Add(cart);
            }
            db.BookingSeries.Add(series);
            // Saved before the occurrences: a failed occurrence detaches whatever is still unsaved.
            await db.SaveChangesAsync(cancellationToken);
            if (cart is not null && await carts.AdmitAsync(cart.Id, ask.Price, now, cancellationToken) is { } cartError)
                return Fail(cartError);

            var results = new List<SeriesOccurrence>();
            foreach (var (index, start, problem) in plan.Occurrences)
            {
                if (problem is not null)
                {
                    results.Add(new SeriesOccurrence(index, start.ToDateTimeOffset(), null, problem));
                    continue;
                }
                var request = HoldService.Shape(
                    new NewBooking
                    {
                        Offering = offering,
                        ProviderId = plan.ProviderId,
                        Start = start,
                        Length = length,
                        Seats = input.Seats,
                        Participants = participants,
                        Customer = customer,
                        Price = ask.Price,
                        Status = BookingStatus.Held,
                        CartId = cart?.Id,
                        SeriesId = series.Id,
                        SeriesIndex = index,
                        ActorUserId = caller.UserId,
                    },
                    cart,
                    policy,
                    now
                );
                var (booking, error) = await writer.WriteAsync(request, tenant.Id, now, savepoint: true, cancellationToken);
                results.Add(new SeriesOccurrence(index, start.ToDateTimeOffset(), booking, error));
            }

            var conflicts = results.Where(r => r.Booking is null).ToList();
            if ((input.Mode == SeriesMode.AllOrNothing && conflicts.Count > 0) || conflicts.Count == results.Count)
            {
                await transaction.RollbackAsync(cancellationToken);
                var message =
                    conflicts.Count == results.Count
                        ? "No occurrence could be booked."
                        : $"{conflicts.Count} of {results.Count} occurrences conflict; nothing was booked.";
                return new BookSeriesPayload(null, [.. results.Select(r => r with { Booking = null })])
                {
                    UserErrors = [new UserError("SERIES_CONFLICT", message, "start")],
                };
            }
            if (customer.IsGuest)
                await GuestClaims.RecordAsync(db, customer.GuestEmail!, tenant.Id, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new BookSeriesPayload(series, results) { Cart = cart };
        }
        catch (Exception e) when (BookingRules.IsTransientConflict(e))
        {
            return Fail(BookingRules.TransientConflict());
        }
    }

    /// <summary>Cancels one occurrence's booking and every later one still active (the rest of the series).</summary>
    public async Task<CancelSeriesPayload> CancelRestAsync(
        PlatformUserContext caller,
        string bookingId,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        var found = await lifecycle.FindAsync(caller, bookingId, cancellationToken);
        if (found is not var (from, actor) || from.SeriesId is not { } seriesId)
            return new CancelSeriesPayload([])
            {
                UserErrors = [new UserError("NOT_FOUND", "No such booking of a series of yours here.", "bookingId")],
            };
        var now = clock.GetDatabaseNow();
        var rest = await db
            .Bookings.AsNoTracking()
            .Where(b => b.SeriesId == seriesId && b.SeriesIndex >= from.SeriesIndex && b.EndsAt > now)
            .Where(BookingOccupancy.OccupiesAt(now))
            .OrderBy(b => b.SeriesIndex)
            .ToListAsync(cancellationToken);
        var cancelled = new List<Booking>();
        var errors = new List<UserError>();
        foreach (var booking in rest)
        {
            var result = await lifecycle.ApplyAsync(booking, BookingAction.Cancel, actor, caller.UserId, reason, cancellationToken);
            if (result.Booking is { } done)
                cancelled.Add(done);
            errors.AddRange(result.UserErrors.Select(e => e with { Message = $"Occurrence {booking.SeriesIndex + 1}: {e.Message}" }));
        }
        return new CancelSeriesPayload(cancelled) { UserErrors = errors };
    }

    private static BookSeriesPayload Fail(UserError error) => new(null, []) { UserErrors = [error] };

    private static BookSeriesPayload Fail(string code, string message, string? field = null) => Fail(new UserError(code, message, field));
}
