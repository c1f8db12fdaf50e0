using NodaTime;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

/// <summary>The status a reader sees: a hold or confirmation whose time ran out is EXPIRED at once.</summary>
internal static class BookingClock
{
    public static BookingStatus StatusOf(global::GraphQL.IResolveFieldContext context, Booking booking) =>
        BookingFacts.Effective(booking.Status,
            booking.HoldExpiresAt is { } hold ? Instant.FromDateTimeOffset(hold) : null,
            booking.ConfirmationExpiresAt is { } deadline ? Instant.FromDateTimeOffset(deadline) : null,
            Instant.FromDateTimeOffset(context.Now()));

    public static DateTimeOffset Now(this global::GraphQL.IResolveFieldContext context) => context.Service<TimeProvider>().GetUtcNow();
}
