using System.Text.Json;

namespace Platform.Api.Features.Notifications.Outbox;

/// <summary>
/// Makes the outbox rows that code (not the booking-event trigger) writes. Add the result to the same
/// <c>PlatformDbContext</c> as the change it reports, before the one <c>SaveChanges</c>, so both commit or neither.
/// </summary>
public static class Outbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxEvent New(Guid tenantId, string type, DateTimeOffset now, object? data = null, Guid? bookingId = null) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Type = type,
            BookingId = bookingId,
            Data = data is null ? null : JsonSerializer.Serialize(data, data.GetType(), Json),
            OccurredAt = now,
        };
}
