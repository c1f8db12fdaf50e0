using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Video.GraphQL;

/// <summary>
/// What video adds to <c>Booking</c>: its open room. Everyone who sees the booking gets the join link; the host link
/// only its provider (the host) and staff who see every booking. Null when it has no open room.
/// </summary>
internal sealed class BookingVideoFields : IBookingFieldContributor
{
    public void AddFields(BookingType booking) =>
        booking.Field<BookingVideoType>("video")
            .Description("Its video room while it has one (confirmed video bookings); hostUrl only for its host and staff.")
            .ResolveAsync(async c =>
            {
                if (await c.Service<VideoLinks>().ForBookingAsync(c.Source.Id, c.CancellationToken) is not { } link) return (object?)null;
                var caller = c.Caller();
                var isHost = BookingAccess.SeesAll(caller)
                    || await c.Service<BookingAccess>().OwnProviderIdAsync(caller, c.CancellationToken) == c.Source.ProviderId;
                return (object?)(isHost ? link : link with { HostUrl = "" });
            });
}
