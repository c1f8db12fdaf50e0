using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Outbox;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Api.Features.Video;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Integrations.Webhooks.Dispatch;

/// <summary>
/// Builds a webhook body (a booking event's on its first send, after its video room is made; others at fan-out) and
/// it is stored with the delivery, so every retry sends the same bytes:
/// <c>{ id, type, created, api_version, organization: { id, slug }, data }</c>. Ids are the GraphQL global ids;
/// enum values are the GraphQL API's (<c>CONFIRMED</c>, <c>PARTIALLY_REFUNDED</c>). docs/webhooks.md shows each shape.
/// </summary>
public sealed partial class WebhookPayloads(PlatformDbContext db, MessageRecipients recipients, VideoLinks videoLinks)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<string> BuildAsync(OutboxEventFacts facts, CancellationToken cancellationToken)
    {
        var outboxEvent = facts.Event;
        var slug = await db.Tenants.AsNoTracking().Where(t => t.Id == outboxEvent.TenantId).Select(t => t.Slug)
            .SingleAsync(cancellationToken);
        var body = new JsonObject
        {
            ["id"] = WebhookEventIds.Of(outboxEvent.Id),
            ["type"] = facts.Type,
            ["created"] = outboxEvent.OccurredAt.ToUnixTimeSeconds(),
            ["api_version"] = WebhookEventIds.ApiVersion,
            ["organization"] = new JsonObject { ["id"] = GlobalId.Encode("Organization", outboxEvent.TenantId), ["slug"] = slug },
            ["data"] = await DataAsync(facts, cancellationToken),
        };
        return body.ToJsonString();
    }

    /// <summary>
    /// The body of a delivery planned without one (a booking event): built from its outbox event and the booking as it
    /// is now; null when the event is gone.
    /// </summary>
    public async Task<string?> BuildForAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.OutboxEventId is not { } eventId) return null;
        var outboxEvent = await db.OutboxEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (outboxEvent is null) return null;
        var booking = outboxEvent.BookingId is { } bookingId
            ? await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken)
            : null;
        return await BuildAsync(new OutboxEventFacts(outboxEvent, null, delivery.Message, booking), cancellationToken);
    }

    private async Task<JsonObject> DataAsync(OutboxEventFacts facts, CancellationToken cancellationToken)
    {
        var type = facts.Type;
        var data = new JsonObject();
        switch (type)
        {
            case PublicEventTypes.MemberAdded or PublicEventTypes.MemberRemoved when Read<MemberData>(facts) is { } member:
                data["member"] = new JsonObject
                {
                    ["id"] = GlobalId.Encode("Membership", member.MembershipId),
                    ["user"] = new JsonObject { ["id"] = GlobalId.Encode("User", member.UserId) },
                    ["staffRole"] = member.StaffRole is null ? null : EnumName(member.StaffRole),
                    ["customerRoles"] = new JsonArray([.. member.CustomerRoles.Select(r => (JsonNode?)r)]),
                };
                break;
            case PublicEventTypes.WaitlistOffered when Read<WaitlistOfferData>(facts) is { } offer:
                data["waitlistEntry"] = new JsonObject
                {
                    ["id"] = GlobalId.Encode("WaitlistEntry", offer.WaitlistEntryId),
                    ["customer"] = new JsonObject { ["id"] = GlobalId.Encode("User", offer.CustomerUserId) },
                    ["offerExpiresAt"] = Iso(offer.OfferExpiresAt),
                };
                var offered = facts.Booking ?? await db.Bookings.AsNoTracking()
                    .SingleOrDefaultAsync(b => b.Id == offer.BookingId, cancellationToken);
                if (offered is not null) data["booking"] = await BookingAsync(offered, cancellationToken);
                break;
            case OutboxEventTypes.WebhookTest when Read<WebhookTestData>(facts) is { } test:
                data["endpoint"] = new JsonObject { ["id"] = GlobalId.Encode(WebhookEndpointIds.TypeName, test.EndpointId) };
                data["message"] = "A test event sent by an administrator.";
                break;
            default:
                if (facts.Booking is { } booking)
                {
                    data["booking"] = await BookingAsync(booking, cancellationToken);
                    if (type.StartsWith("payment.", StringComparison.Ordinal)) data["payment"] = Payment(booking, type);
                }

                break;
        }

        return data;
    }

    private async Task<JsonObject> BookingAsync(Booking booking, CancellationToken cancellationToken)
    {
        var customer = await recipients.CustomerAsync(booking, cancellationToken);
        var video = await videoLinks.ForBookingAsync(booking.Id, cancellationToken);
        return new JsonObject
        {
            ["id"] = GlobalId.Encode("Booking", booking.Id),
            ["status"] = EnumName(booking.Status.ToString()),
            ["paymentStatus"] = EnumName(booking.PaymentStatus.ToString()),
            ["start"] = Iso(booking.StartsAt),
            ["end"] = Iso(booking.EndsAt),
            ["offering"] = new JsonObject { ["id"] = GlobalId.Encode("Offering", booking.OfferingId) },
            ["provider"] = new JsonObject { ["id"] = GlobalId.Encode("Provider", booking.ProviderId) },
            ["customer"] = new JsonObject
            {
                ["id"] = booking.CustomerUserId is { } userId ? GlobalId.Encode("User", userId) : null,
                ["isGuest"] = booking.CustomerUserId is null,
                ["email"] = customer?.Email,
                ["name"] = customer?.Name,
            },
            ["seats"] = booking.Seats,
            ["price"] = new JsonObject { ["amount"] = booking.PriceAmount, ["currency"] = booking.Currency },
            ["refund"] = booking.RefundAmount is { } refund
                ? new JsonObject { ["amount"] = refund, ["percent"] = booking.RefundPercent, ["currency"] = booking.Currency }
                : null,
            ["cancelledAt"] = booking.CancelledAt is { } cancelled ? Iso(cancelled) : null,
            // The customer's link only: the host's carries host rights.
            ["video"] = video is null
                ? null
                : new JsonObject { ["provider"] = EnumName(video.Provider.ToString()), ["joinUrl"] = video.JoinUrl },
        };
    }

    private static JsonObject Payment(Booking booking, string type) => new()
    {
        ["status"] = EnumName(booking.PaymentStatus.ToString()),
        ["capturedAmount"] = booking.CapturedAmount,
        ["refundedAmount"] = booking.RefundAmount,
        ["currency"] = booking.Currency,
        ["disputed"] = type == PublicEventTypes.PaymentDisputed,
    };

    private static T? Read<T>(OutboxEventFacts facts) where T : class =>
        facts.Event.Data is { } json ? JsonSerializer.Deserialize<T>(json, Web) : null;

    private static string Iso(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>PascalCase to the GraphQL enum value: AwaitingHost → AWAITING_HOST.</summary>
    private static string EnumName(string value) => Words().Replace(value, "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
