using Platform.Api.Features.Notifications.Domain;

namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>The English defaults: subject, HTML body (framed by <see cref="DefaultTemplates"/>) and plain text.</summary>
internal static class EnglishTemplates
{
    private const string Hello = "Hello {{ recipient.name | default: recipient.email }},";

    private const string DetailsHtml = """
        <table style="margin:16px 0">
        <tr><td><b>What</b></td><td>{{ booking.offering }}</td></tr>
        <tr><td><b>When</b></td><td>{{ booking.start }} – {{ booking.end }} ({{ booking.timeZone }})</td></tr>
        <tr><td><b>With</b></td><td>{{ booking.provider }}</td></tr>
        {% if booking.location != blank %}<tr><td><b>Where</b></td><td>{{ booking.location }}</td></tr>{% endif %}
        <tr><td><b>Reference</b></td><td>{{ booking.reference }}</td></tr>
        </table>
        """;

    private const string DetailsText = """

        What: {{ booking.offering }}
        When: {{ booking.start }} – {{ booking.end }} ({{ booking.timeZone }})
        With: {{ booking.provider }}
        {% if booking.location != blank %}Where: {{ booking.location }}
        {% endif %}Reference: {{ booking.reference }}

        """;

    private const string LinksHtml = """
        {% if links.cancel != blank %}
        <p><a href="{{ links.reschedule }}">Reschedule</a> · <a href="{{ links.cancel }}">Cancel</a></p>
        {% endif %}
        """;

    private const string LinksText = """
        {% if links.cancel != blank %}Reschedule: {{ links.reschedule }}
        Cancel: {{ links.cancel }}
        {% endif %}
        """;

    private const string Reason = "{% if reason != blank %} Reason: {{ reason }}{% endif %}";

    public static readonly Dictionary<string, (string Subject, string Body, string Text)> All = new()
    {
        [NotificationMessages.BookingConfirmed] = (
            "Confirmed: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>your booking with {{{{ organization.name }}}} is confirmed.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nyour booking with {{{{ organization.name }}}} is confirmed.\n{DetailsText}{LinksText}"),
        [NotificationMessages.BookingNew] = (
            "New booking: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>{{{{ booking.customer }}}} booked with you.</p>{DetailsHtml}",
            $"{Hello}\n\n{{{{ booking.customer }}}} booked with you.\n{DetailsText}"),
        [NotificationMessages.BookingPleaseConfirm] = (
            "Please confirm: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>{{{{ booking.customer }}}} asks for this booking. Please accept or decline it by "
                + $"<b>{{{{ deadline }}}}</b>; after that the request expires.</p>{DetailsHtml}",
            $"{Hello}\n\n{{{{ booking.customer }}}} asks for this booking. Please accept or decline it by {{{{ deadline }}}}; "
                + $"after that the request expires.\n{DetailsText}"),
        [NotificationMessages.BookingRequested] = (
            "Request received: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>we received your request. {{{{ organization.name }}}} will confirm it soon; we will email you.</p>"
                + $"{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nwe received your request. {{{{ organization.name }}}} will confirm it soon; we will email you.\n"
                + DetailsText + LinksText),
        [NotificationMessages.BookingDeclined] = (
            "Declined: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>sorry, your request could not be accepted.{Reason}</p>"
                + DetailsHtml,
            $"{Hello}\n\nsorry, your request could not be accepted.{Reason}\n{DetailsText}"),
        [NotificationMessages.BookingCancelled] = (
            "Cancelled: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>this booking was cancelled.{Reason}</p>{DetailsHtml}"
                + "{% if refund.amount != blank %}<p>Refund: <b>{{ refund.amount }}</b> ({{ refund.percent }} %).</p>{% endif %}",
            $"{Hello}\n\nthis booking was cancelled.{Reason}\n{DetailsText}"
                + "{% if refund.amount != blank %}Refund: {{ refund.amount }} ({{ refund.percent }} %).\n{% endif %}"),
        [NotificationMessages.BookingRescheduled] = (
            "Moved: {{ booking.offering }} is now on {{ booking.start }}",
            $"<p>{Hello}</p><p>this booking moved from {{{{ previous.start }}}} to the time below.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nthis booking moved from {{{{ previous.start }}}} to the time below.\n{DetailsText}{LinksText}"),
        [NotificationMessages.BookingReminder] = (
            "Reminder: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>a reminder of your booking with {{{{ organization.name }}}}.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\na reminder of your booking with {{{{ organization.name }}}}.\n{DetailsText}{LinksText}"),
        [NotificationMessages.PaymentReceipt] = (
            "Receipt: {{ payment.amount }} for {{ booking.offering }}",
            $"<p>{Hello}</p><p>we received your payment of <b>{{{{ payment.amount }}}}</b>. Thank you.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nwe received your payment of {{{{ payment.amount }}}}. Thank you.\n{DetailsText}{LinksText}"),
        [NotificationMessages.RefundIssued] = (
            "Refund of {{ refund.amount }} for {{ booking.offering }}",
            $"<p>{Hello}</p><p>we refunded <b>{{{{ refund.amount }}}}</b>. It may take a few days to reach your account.</p>{DetailsHtml}",
            $"{Hello}\n\nwe refunded {{{{ refund.amount }}}}. It may take a few days to reach your account.\n{DetailsText}"),
        [NotificationMessages.WaitlistOffered] = (
            "A place is free: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>a place came free and is held for you until <b>{{{{ deadline }}}}</b>. Confirm it in your bookings "
                + $"before then.</p>{DetailsHtml}",
            $"{Hello}\n\na place came free and is held for you until {{{{ deadline }}}}. Confirm it in your bookings before then.\n"
                + DetailsText),
        [NotificationMessages.DisputeOpened] = (
            "Dispute opened: {{ payment.amount }} for {{ booking.offering }}",
            $"<p>{Hello}</p><p>the customer disputed the payment of <b>{{{{ payment.amount }}}}</b>. Answer it in the Stripe "
                + $"dashboard before its deadline.</p>{DetailsHtml}",
            $"{Hello}\n\nthe customer disputed the payment of {{{{ payment.amount }}}}. Answer it in the Stripe dashboard before its "
                + $"deadline.\n{DetailsText}"),
        [NotificationMessages.PayoutFailed] = (
            "Payout of {{ payout.amount }} failed",
            $"<p>{Hello}</p><p>the payout {{{{ payout.reference }}}} of <b>{{{{ payout.amount }}}}</b> failed "
                + "({{ payout.failureCode }}). Check your bank details in Stripe.</p>",
            $"{Hello}\n\nthe payout {{{{ payout.reference }}}} of {{{{ payout.amount }}}} failed ({{{{ payout.failureCode }}}}). "
                + "Check your bank details in Stripe.\n"),
        [NotificationMessages.Invitation] = (
            "You're invited to {{ organization.name }}",
            "<p>Hello,</p><p>you have been invited to join {{ organization.name }} on Platform.</p>"
                + "<p><a href=\"{{ invitation.link }}\">Accept the invitation</a></p>"
                + "<p>The link is valid until {{ invitation.expires }}.</p>",
            "Hello,\n\nyou have been invited to join {{ organization.name }} on Platform.\n\n"
                + "Accept the invitation: {{ invitation.link }}\n\n"
                + "The link is valid until {{ invitation.expires }}.\n"),
        [NotificationMessages.EmailConfirmation] = (
            "Confirm your email for {{ organization.name }}",
            "<p>Welcome to {{ organization.name }}.</p><p><a href=\"{{ link }}\">Confirm that this address is yours</a>.</p>"
                + "<p>The link works once, until {{ expires }}. Until then, bookings made as a guest with this address stay "
                + "unclaimed. If you did not sign up, ignore this email.</p>",
            "Welcome to {{ organization.name }}.\n\nConfirm that this address is yours: {{ link }}\n\nThe link works once, until "
                + "{{ expires }}. Until then, bookings made as a guest with this address stay unclaimed. If you did not sign up, "
                + "ignore this email.\n"),
        [NotificationMessages.PasswordReset] = (
            "Reset your {{ organization.name }} password",
            "<p>Someone (hopefully you) asked to reset the password of your account.</p><p><a href=\"{{ link }}\">Choose a new "
                + "password</a></p><p>The link works once, until {{ expires }}. If you did not ask, ignore this email: your "
                + "password stays as it is.</p>",
            "Someone (hopefully you) asked to reset the password of your account.\n\nChoose a new password: {{ link }}\n\n"
                + "The link works once, until {{ expires }}. If you did not ask, ignore this email: your password stays as it is.\n"),
        [NotificationMessages.CalendarConnectionLost] = (
            "Your {{ calendar.provider }} calendar is no longer connected",
            $"<p>{Hello}</p><p>we can no longer reach your {{{{ calendar.provider }}}} calendar ({{{{ calendar.reason }}}}). "
                + "Until you connect it again, busy times there do not block bookings.</p>",
            $"{Hello}\n\nwe can no longer reach your {{{{ calendar.provider }}}} calendar ({{{{ calendar.reason }}}}). Until you "
                + "connect it again, busy times there do not block bookings.\n"),
        [NotificationMessages.BookingCalendarConflict] = (
            "Calendar clash: {{ booking.offering }} on {{ booking.start }}",
            $"<p>{Hello}</p><p>an event in your calendar ({{{{ conflict.start }}}} to {{{{ conflict.end }}}}) overlaps this confirmed "
                + $"booking. The booking stands: move the event, or reschedule or cancel the booking yourself.</p>{DetailsHtml}",
            $"{Hello}\n\nan event in your calendar ({{{{ conflict.start }}}} to {{{{ conflict.end }}}}) overlaps this confirmed booking. "
                + $"The booking stands: move the event, or reschedule or cancel the booking yourself.\n{DetailsText}"),
        [NotificationMessages.WebhookEndpointDisabled] = (
            "Webhook endpoint disabled: {{ endpoint.url }}",
            $"<p>{Hello}</p><p>we switched off the webhook endpoint {{{{ endpoint.url }}}}: {{{{ endpoint.reason }}}}. "
                + "Fix it and enable it again to receive events.</p>",
            $"{Hello}\n\nwe switched off the webhook endpoint {{{{ endpoint.url }}}}: {{{{ endpoint.reason }}}}. Fix it and enable it "
                + "again to receive events.\n"),
    };
}
