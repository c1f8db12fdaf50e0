using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Notifications.Deliveries;

/// <summary>What administrators see of the outbox: every email and webhook delivery, its state, attempts and last error.</summary>
public sealed class DeliveryQueries(PlatformDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<Connection<NotificationDelivery>> ListAsync(
        DeliveryFilter filter, int? first, string? after, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(first ?? 20, 0, MaxPageSize);
        var query = db.NotificationDeliveries.AsNoTracking();
        if (filter.Channel is { } channel) query = query.Where(d => d.Channel == channel);
        if (filter.State is { } state) query = query.Where(d => d.State == state);
        if (filter.BookingId is { } bookingId) query = query.Where(d => d.BookingId == bookingId);
        if (filter.Recipient is { Length: > 0 } recipient) query = query.Where(d => d.Recipient == recipient);
        var whole = query;
        if (after is not null)
        {
            var cursor = KeysetCursor.Decode(after);
            query = query.Where(d => d.CreatedAt < cursor.At || (d.CreatedAt == cursor.At && d.Id.CompareTo(cursor.Id) < 0));
        }

        var rows = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(size + 1)
            .ToListAsync(cancellationToken);
        return KeysetCursor.Page(rows, size, after, d => new KeysetCursor(d.CreatedAt, d.Id), ct => whole.CountAsync(ct));
    }
}

/// <summary>Narrows the list; every part optional.</summary>
public sealed record DeliveryFilter(DeliveryChannel? Channel, DeliveryState? State, Guid? BookingId, string? Recipient);
