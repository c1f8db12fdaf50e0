using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Outbox;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Modules.Email;
using M = Platform.Api.Features.Notifications.Domain.NotificationMessages;
using T = Platform.Api.Features.Notifications.Domain.PublicEventTypes;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>
/// Who gets which email for one outbox event. The facts an email states (invite sequence, refund, deadline) are
/// fixed here in the payload, so retries send the same thing; held, expired, completed and no-show bookings send
/// nothing (nobody was promised anything, or nothing is left to do).
/// </summary>
public sealed class EmailPlanner(PlatformDbContext db, MessageRecipients recipients) : IDeliveryPlanner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        if (facts.BookingEvent is { } bookingEvent && facts.Booking is { } booking)
            await PlanBookingAsync(facts, bookingEvent, booking, plan, cancellationToken);
        else
            await PlanOtherAsync(facts, plan, cancellationToken);
    }

    private async Task PlanBookingAsync(
        OutboxEventFacts facts, BookingEvent bookingEvent, Booking booking, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        var customer = await recipients.CustomerAsync(booking, cancellationToken);
        var provider = await recipients.ProviderAsync(booking.ProviderId, cancellationToken);
        void ToCustomer(string message, EmailPayload payload) => Add(plan, facts, message, customer, payload with { Customer = true });
        void ToProvider(string message, EmailPayload payload) => Add(plan, facts, message, provider, payload);
        switch (facts.Type)
        {
            case T.BookingConfirmed:
            {
                var sequence = await MovesAsync(bookingEvent, cancellationToken);
                var invite = new EmailPayload { InviteMethod = CalendarInvite.Request, InviteSequence = sequence };
                ToCustomer(M.BookingConfirmed, invite);
                ToProvider(M.BookingNew, invite);
                break;
            }

            case T.BookingAwaitingHost:
                ToProvider(M.BookingPleaseConfirm, new EmailPayload { Deadline = booking.ConfirmationExpiresAt });
                ToCustomer(M.BookingRequested, new EmailPayload());
                break;
            case T.BookingDeclined:
                ToCustomer(M.BookingDeclined, new EmailPayload { Reason = bookingEvent.Reason });
                break;
            case T.BookingCancelled when bookingEvent.FromStatus is not BookingStatus.Held:
            {
                var wasConfirmed = bookingEvent.FromStatus is BookingStatus.Confirmed;
                var cancel = new EmailPayload
                {
                    Reason = bookingEvent.Reason,
                    Amount = booking.RefundAmount,
                    Currency = booking.Currency,
                    Percent = booking.RefundPercent,
                    InviteMethod = wasConfirmed ? CalendarInvite.Cancel : null,
                    InviteSequence = wasConfirmed ? await MovesAsync(bookingEvent, cancellationToken) + 1 : null,
                };
                ToCustomer(M.BookingCancelled, cancel);
                ToProvider(M.BookingCancelled, cancel with { Amount = null, Percent = null });
                break;
            }

            case T.BookingRescheduled:
            {
                var moved = new EmailPayload
                {
                    PreviousStart = PreviousStart(bookingEvent.Details),
                    InviteMethod = booking.Status == BookingStatus.Confirmed ? CalendarInvite.Request : null,
                    InviteSequence = await MovesAsync(bookingEvent, cancellationToken),
                };
                ToCustomer(M.BookingRescheduled, moved);
                ToProvider(M.BookingRescheduled, moved);
                break;
            }

            case T.PaymentCaptured:
                ToCustomer(M.PaymentReceipt,
                    new EmailPayload { Amount = booking.CapturedAmount ?? booking.PriceAmount, Currency = booking.Currency });
                break;
            case T.PaymentRefunded:
                ToCustomer(M.RefundIssued,
                    new EmailPayload { Amount = RefundOf(bookingEvent.Details) ?? booking.RefundAmount, Currency = booking.Currency });
                break;
            case T.PaymentDisputed:
                foreach (var admin in await recipients.AdministratorsAsync(booking.TenantId, cancellationToken))
                    Add(plan, facts, M.DisputeOpened, admin,
                        new EmailPayload { Amount = booking.CapturedAmount, Currency = booking.Currency });
                break;
        }
    }

    private async Task PlanOtherAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        var tenantId = facts.Event.TenantId;
        switch (facts.Event.Type)
        {
            case OutboxEventTypes.WaitlistOffered when Read<WaitlistOfferData>(facts) is { } offer:
                Add(plan, facts, M.WaitlistOffered, await recipients.UserAsync(tenantId, offer.CustomerUserId, cancellationToken),
                    new EmailPayload { Deadline = offer.OfferExpiresAt, Customer = true });
                break;
            case OutboxEventTypes.PayoutFailed when Read<PayoutFailedData>(facts) is { } payout:
                foreach (var admin in await recipients.AdministratorsAsync(tenantId, cancellationToken))
                {
                    Add(plan, facts, M.PayoutFailed, admin, new EmailPayload
                    {
                        Amount = payout.Amount,
                        Currency = payout.Currency,
                        Values = new() { ["payout.reference"] = payout.StripePayoutId, ["payout.failureCode"] = payout.FailureCode },
                    });
                }

                break;
            case OutboxEventTypes.Invitation when Read<InvitationData>(facts) is { } invitation:
            {
                var organization = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
                var invitee = new Recipient(invitation.Email, null, MessageRecipients.LanguageOf(null, organization.DefaultLanguage),
                    organization.TimeZone);
                Add(plan, facts, M.Invitation, invitee, new EmailPayload { Link = invitation.Link, Expires = invitation.ExpiresAt });
                break;
            }

            case OutboxEventTypes.WebhookEndpointDisabled when Read<WebhookEndpointDisabledData>(facts) is { } endpoint:
                foreach (var admin in await recipients.AdministratorsAsync(tenantId, cancellationToken))
                {
                    Add(plan, facts, M.WebhookEndpointDisabled, admin, new EmailPayload
                    {
                        Values = new() { ["endpoint.url"] = endpoint.Url, ["endpoint.reason"] = endpoint.Reason },
                    });
                }

                break;
            case OutboxEventTypes.CalendarConflict when Read<CalendarConflictData>(facts) is { } conflict:
            {
                var provider = await recipients.ProviderAsync(conflict.ProviderId, cancellationToken);
                Add(plan, facts, M.BookingCalendarConflict, provider, new EmailPayload
                {
                    Values = new()
                    {
                        ["conflict.start"] = EmailFormats.Time(conflict.BusyFrom, provider?.TimeZone, provider?.Language ?? "en"),
                        ["conflict.end"] = EmailFormats.Time(conflict.BusyUntil, provider?.TimeZone, provider?.Language ?? "en"),
                    },
                });
                break;
            }

            case OutboxEventTypes.CalendarConnectionLost when Read<CalendarConnectionLostData>(facts) is { } lost:
                Add(plan, facts, M.CalendarConnectionLost, await recipients.ProviderAsync(lost.ProviderId, cancellationToken),
                    new EmailPayload
                    {
                        Values = new() { ["calendar.provider"] = lost.CalendarProvider, ["calendar.reason"] = lost.Reason },
                    });
                break;
        }
    }

    private static void Add(DeliveryPlan plan, OutboxEventFacts facts, string message, Recipient? recipient, EmailPayload payload)
    {
        if (recipient is null) return;
        plan.Add(new PlannedDelivery(
            DeliveryChannel.Email,
            recipient.Email,
            message,
            DedupKeys.Of("email", facts.Event.Id, message, recipient.Email),
            recipient.Language,
            (payload with { RecipientName = recipient.Name, TimeZone = recipient.TimeZone }).ToJson()));
    }

    /// <summary>How often the booking moved up to this event: the invite's SEQUENCE (0 for the first invite).</summary>
    private async Task<int> MovesAsync(BookingEvent bookingEvent, CancellationToken cancellationToken) =>
        await db.BookingEvents.AsNoTracking().CountAsync(
            e => e.BookingId == bookingEvent.BookingId && e.Kind == BookingEventKind.Rescheduled && e.Sequence <= bookingEvent.Sequence,
            cancellationToken);

    private static T? Read<T>(OutboxEventFacts facts) where T : class =>
        facts.Event.Data is null ? null : JsonSerializer.Deserialize<T>(facts.Event.Data, Json);

    /// <summary>The start before a move: the reschedule's details say <c>{"from": {"start": …}}</c>.</summary>
    private static DateTimeOffset? PreviousStart(string? details)
    {
        if (details is null) return null;
        using var json = JsonDocument.Parse(details);
        return json.RootElement.TryGetProperty("from", out var from) && from.TryGetProperty("start", out var start)
            && start.TryGetDateTimeOffset(out var at) ? at : null;
    }

    /// <summary>A refund made outside Platform names its amount in the details; otherwise the booking's refund says it.</summary>
    private static long? RefundOf(string? details)
    {
        if (details is null) return null;
        using var json = JsonDocument.Parse(details);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("amount", out var amount)
            && amount.TryGetInt64(out var value) ? value : null;
    }
}
