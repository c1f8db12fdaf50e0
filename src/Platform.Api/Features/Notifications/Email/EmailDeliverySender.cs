using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.Features.Notifications.Email.Templates;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Modules.Email;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>
/// Sends one email delivery: the organization's template (or the default) in the delivery's language, filled from
/// the rows and the payload, with the booking's invite when the payload asks for one, from the organization's name,
/// Message-Id <c>&lt;{deliveryId}@platform&gt;</c> on every attempt. A provider's permanent refusal fails it; the rest retries.
/// </summary>
public sealed class EmailDeliverySender(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    EmailModels models,
    MessageRecipients recipients,
    NotificationTemplateService templates,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock) : IDeliverySender
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public async Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var payload = EmailPayload.Parse(delivery.Payload);
        var organization = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == currentTenant.Id, cancellationToken);
        var booking = delivery.BookingId is { } bookingId
            ? await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken)
            : null;
        if (delivery.Message == NotificationMessages.BookingReminder)
        {
            if (booking is null || booking.Status != BookingStatus.Confirmed)
                return DeliveryOutcome.Cancelled("The booking is no longer confirmed.");
            if (payload.StartsAt is { } startsAt && startsAt != booking.StartsAt) return DeliveryOutcome.Cancelled("The booking moved.");
            // The reminder planner stores no recipient details: it is the customer's.
            var customer = await recipients.CustomerAsync(booking, cancellationToken);
            payload = payload with { Customer = true, RecipientName = customer?.Name, TimeZone = customer?.TimeZone };
        }

        var language = delivery.Language ?? MessageRecipients.LanguageOf(null, organization.DefaultLanguage);
        var model = EmailModels.Common(organization, delivery.Recipient, payload.RecipientName);
        CalendarInvite? invite = null;
        if (booking is not null)
        {
            var facts = await models.AddBookingAsync(model, organization, booking, payload, language, cancellationToken);
            if (payload.InviteMethod is { } method)
            {
                var organizer = MailboxAddress.Parse(emailOptions.Value.From).Address;
                invite = CalendarInvites.Build(
                    facts with { OrganizerEmail = organizer }, method, payload.InviteSequence ?? 0, clock.GetUtcNow());
            }
        }

        EmailModels.AddSnapshot(model, payload, language);
        var template = await templates.EffectiveAsync(delivery.Message, language, cancellationToken);
        var rendered = await TemplateRenderer.RenderAsync(template, model, EmailFormats.Culture(language));
        var message = new EmailMessage(delivery.Recipient, rendered.Subject, rendered.Text, rendered.Html)
        {
            Invite = invite,
            MessageId = $"<{delivery.Id}@platform>",
            FromName = organization.Name,
        };
        try
        {
            await email.SendAsync(message, cancellationToken);
            return DeliveryOutcome.Sent();
        }
        catch (EmailDeliveryException e)
        {
            return e.Permanent
                ? DeliveryOutcome.Failed(e.Message, e.StatusCode)
                : DeliveryOutcome.Retry(e.Message, e.StatusCode, e.RetryAfter);
        }
    }
}
