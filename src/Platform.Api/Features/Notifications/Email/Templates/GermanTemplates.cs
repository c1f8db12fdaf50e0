using Platform.Api.Features.Notifications.Domain;

namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>Die deutschen Vorlagen: Betreff, HTML-Inhalt (im Rahmen von <see cref="DefaultTemplates"/>) und Klartext.</summary>
internal static class GermanTemplates
{
    private const string Hello = "Hallo {{ recipient.name | default: recipient.email }},";

    private const string Reason = "{% if reason != blank %} Grund: {{ reason }}{% endif %}";

    private const string DetailsHtml = """
        <table style="margin:16px 0">
        <tr><td><b>Was</b></td><td>{{ booking.offering }}</td></tr>
        <tr><td><b>Wann</b></td><td>{{ booking.start }} – {{ booking.end }} ({{ booking.timeZone }})</td></tr>
        <tr><td><b>Mit</b></td><td>{{ booking.provider }}</td></tr>
        {% if booking.location != blank %}<tr><td><b>Wo</b></td><td>{{ booking.location }}</td></tr>{% endif %}
        <tr><td><b>Referenz</b></td><td>{{ booking.reference }}</td></tr>
        </table>
        """;

    private const string DetailsText = """

        Was: {{ booking.offering }}
        Wann: {{ booking.start }} – {{ booking.end }} ({{ booking.timeZone }})
        Mit: {{ booking.provider }}
        {% if booking.location != blank %}Wo: {{ booking.location }}
        {% endif %}Referenz: {{ booking.reference }}

        """;

    private const string LinksHtml = """
        {% if links.cancel != blank %}
        <p><a href="{{ links.reschedule }}">Umbuchen</a> · <a href="{{ links.cancel }}">Stornieren</a></p>
        {% endif %}
        """;

    private const string LinksText = """
        {% if links.cancel != blank %}Umbuchen: {{ links.reschedule }}
        Stornieren: {{ links.cancel }}
        {% endif %}
        """;

    public static readonly Dictionary<string, (string Subject, string Body, string Text)> All = new()
    {
        [NotificationMessages.BookingConfirmed] = (
            "Bestätigt: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>Ihre Buchung bei {{{{ organization.name }}}} ist bestätigt.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nIhre Buchung bei {{{{ organization.name }}}} ist bestätigt.\n{DetailsText}{LinksText}"),
        [NotificationMessages.BookingNew] = (
            "Neue Buchung: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>{{{{ booking.customer }}}} hat bei Ihnen gebucht.</p>{DetailsHtml}",
            $"{Hello}\n\n{{{{ booking.customer }}}} hat bei Ihnen gebucht.\n{DetailsText}"),
        [NotificationMessages.BookingPleaseConfirm] = (
            "Bitte bestätigen: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>{{{{ booking.customer }}}} fragt diese Buchung an. Bitte nehmen Sie sie bis <b>{{{{ deadline }}}}</b> "
                + $"an oder lehnen Sie sie ab; danach verfällt die Anfrage.</p>{DetailsHtml}",
            $"{Hello}\n\n{{{{ booking.customer }}}} fragt diese Buchung an. Bitte nehmen Sie sie bis {{{{ deadline }}}} an oder lehnen "
                + $"Sie sie ab; danach verfällt die Anfrage.\n{DetailsText}"),
        [NotificationMessages.BookingRequested] = (
            "Anfrage erhalten: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>wir haben Ihre Anfrage erhalten. {{{{ organization.name }}}} bestätigt sie in Kürze; wir schreiben "
                + $"Ihnen.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\nwir haben Ihre Anfrage erhalten. {{{{ organization.name }}}} bestätigt sie in Kürze; wir schreiben Ihnen.\n"
                + DetailsText + LinksText),
        [NotificationMessages.BookingDeclined] = (
            "Abgelehnt: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>leider konnte Ihre Anfrage nicht angenommen werden.{Reason}</p>{DetailsHtml}",
            $"{Hello}\n\nleider konnte Ihre Anfrage nicht angenommen werden.{Reason}\n{DetailsText}"),
        [NotificationMessages.BookingCancelled] = (
            "Storniert: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>diese Buchung wurde storniert.{Reason}</p>{DetailsHtml}"
                + "{% if refund.amount != blank %}<p>Erstattung: <b>{{ refund.amount }}</b> ({{ refund.percent }} %).</p>{% endif %}",
            $"{Hello}\n\ndiese Buchung wurde storniert.{Reason}\n{DetailsText}"
                + "{% if refund.amount != blank %}Erstattung: {{ refund.amount }} ({{ refund.percent }} %).\n{% endif %}"),
        [NotificationMessages.BookingRescheduled] = (
            "Verschoben: {{ booking.offering }} ist jetzt am {{ booking.start }}",
            $"<p>{Hello}</p><p>diese Buchung wurde von {{{{ previous.start }}}} auf den unten genannten Termin verschoben.</p>"
                + DetailsHtml + LinksHtml,
            $"{Hello}\n\ndiese Buchung wurde von {{{{ previous.start }}}} auf den unten genannten Termin verschoben.\n"
                + DetailsText + LinksText),
        [NotificationMessages.BookingReminder] = (
            "Erinnerung: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>eine Erinnerung an Ihre Buchung bei {{{{ organization.name }}}}.</p>{DetailsHtml}{LinksHtml}",
            $"{Hello}\n\neine Erinnerung an Ihre Buchung bei {{{{ organization.name }}}}.\n{DetailsText}{LinksText}"),
        [NotificationMessages.PaymentReceipt] = (
            "Beleg: {{ payment.amount }} für {{ booking.offering }}",
            $"<p>{Hello}</p><p>wir haben Ihre Zahlung über <b>{{{{ payment.amount }}}}</b> erhalten. Vielen Dank.</p>"
                + DetailsHtml + LinksHtml,
            $"{Hello}\n\nwir haben Ihre Zahlung über {{{{ payment.amount }}}} erhalten. Vielen Dank.\n{DetailsText}{LinksText}"),
        [NotificationMessages.RefundIssued] = (
            "Erstattung von {{ refund.amount }} für {{ booking.offering }}",
            $"<p>{Hello}</p><p>wir haben <b>{{{{ refund.amount }}}}</b> erstattet. Es kann einige Tage dauern, bis der Betrag auf "
                + $"Ihrem Konto ist.</p>{DetailsHtml}",
            $"{Hello}\n\nwir haben {{{{ refund.amount }}}} erstattet. Es kann einige Tage dauern, bis der Betrag auf Ihrem Konto ist.\n"
                + DetailsText),
        [NotificationMessages.WaitlistOffered] = (
            "Ein Platz ist frei: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>ein Platz ist frei geworden und bis <b>{{{{ deadline }}}}</b> für Sie reserviert. Bestätigen Sie ihn "
                + $"vorher in Ihren Buchungen.</p>{DetailsHtml}",
            $"{Hello}\n\nein Platz ist frei geworden und bis {{{{ deadline }}}} für Sie reserviert. Bestätigen Sie ihn vorher in Ihren "
                + $"Buchungen.\n{DetailsText}"),
        [NotificationMessages.DisputeOpened] = (
            "Zahlung angefochten: {{ payment.amount }} für {{ booking.offering }}",
            $"<p>{Hello}</p><p>die Kundin oder der Kunde hat die Zahlung über <b>{{{{ payment.amount }}}}</b> angefochten. Antworten "
                + $"Sie im Stripe-Dashboard vor Ablauf der Frist.</p>{DetailsHtml}",
            $"{Hello}\n\ndie Kundin oder der Kunde hat die Zahlung über {{{{ payment.amount }}}} angefochten. Antworten Sie im "
                + $"Stripe-Dashboard vor Ablauf der Frist.\n{DetailsText}"),
        [NotificationMessages.PayoutFailed] = (
            "Auszahlung über {{ payout.amount }} fehlgeschlagen",
            $"<p>{Hello}</p><p>die Auszahlung {{{{ payout.reference }}}} über <b>{{{{ payout.amount }}}}</b> ist fehlgeschlagen "
                + "({{ payout.failureCode }}). Prüfen Sie Ihre Bankdaten in Stripe.</p>",
            $"{Hello}\n\ndie Auszahlung {{{{ payout.reference }}}} über {{{{ payout.amount }}}} ist fehlgeschlagen "
                + "({{ payout.failureCode }}). Prüfen Sie Ihre Bankdaten in Stripe.\n"),
        [NotificationMessages.Invitation] = (
            "Einladung zu {{ organization.name }}",
            "<p>Hallo,</p><p>Sie wurden eingeladen, {{ organization.name }} auf Platform beizutreten.</p>"
                + "<p><a href=\"{{ invitation.link }}\">Einladung annehmen</a></p>"
                + "<p>Der Link gilt bis {{ invitation.expires }}.</p>",
            "Hallo,\n\nSie wurden eingeladen, {{ organization.name }} auf Platform beizutreten.\n\n"
                + "Einladung annehmen: {{ invitation.link }}\n\nDer Link gilt bis {{ invitation.expires }}.\n"),
        [NotificationMessages.EmailConfirmation] = (
            "Bestätigen Sie Ihre E-Mail-Adresse für {{ organization.name }}",
            "<p>Willkommen bei {{ organization.name }}.</p><p><a href=\"{{ link }}\">Bestätigen Sie, dass diese Adresse Ihnen "
                + "gehört</a>.</p><p>Der Link funktioniert einmal, bis {{ expires }}. Bis dahin bleiben Gastbuchungen mit dieser "
                + "Adresse unzugeordnet. Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.</p>",
            "Willkommen bei {{ organization.name }}.\n\nBestätigen Sie, dass diese Adresse Ihnen gehört: {{ link }}\n\nDer Link "
                + "funktioniert einmal, bis {{ expires }}. Bis dahin bleiben Gastbuchungen mit dieser Adresse unzugeordnet. Wenn Sie "
                + "sich nicht registriert haben, ignorieren Sie diese E-Mail.\n"),
        [NotificationMessages.PasswordReset] = (
            "Setzen Sie Ihr Passwort für {{ organization.name }} zurück",
            "<p>Jemand (hoffentlich Sie) hat darum gebeten, das Passwort Ihres Kontos zurückzusetzen.</p><p><a href=\"{{ link }}\">"
                + "Neues Passwort wählen</a></p><p>Der Link funktioniert einmal, bis {{ expires }}. Wenn Sie nicht gefragt haben, "
                + "ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.</p>",
            "Jemand (hoffentlich Sie) hat darum gebeten, das Passwort Ihres Kontos zurückzusetzen.\n\nNeues Passwort wählen: "
                + "{{ link }}\n\nDer Link funktioniert einmal, bis {{ expires }}. Wenn Sie nicht gefragt haben, ignorieren Sie diese "
                + "E-Mail: Ihr Passwort bleibt, wie es ist.\n"),
        [NotificationMessages.CalendarConnectionLost] = (
            "Ihr {{ calendar.provider }}-Kalender ist nicht mehr verbunden",
            $"<p>{Hello}</p><p>wir erreichen Ihren {{{{ calendar.provider }}}}-Kalender nicht mehr ({{{{ calendar.reason }}}}). Bis Sie "
                + "ihn wieder verbinden, blockieren Termine dort keine Buchungen.</p>",
            $"{Hello}\n\nwir erreichen Ihren {{{{ calendar.provider }}}}-Kalender nicht mehr ({{{{ calendar.reason }}}}). Bis Sie ihn "
                + "wieder verbinden, blockieren Termine dort keine Buchungen.\n"),
        [NotificationMessages.BookingCalendarConflict] = (
            "Terminüberschneidung: {{ booking.offering }} am {{ booking.start }}",
            $"<p>{Hello}</p><p>ein Termin in Ihrem Kalender ({{{{ conflict.start }}}} bis {{{{ conflict.end }}}}) überschneidet sich mit "
                + $"dieser bestätigten Buchung. Die Buchung bleibt bestehen: verschieben Sie den Termin, oder verlegen oder stornieren Sie "
                + $"die Buchung selbst.</p>{DetailsHtml}",
            $"{Hello}\n\nein Termin in Ihrem Kalender ({{{{ conflict.start }}}} bis {{{{ conflict.end }}}}) überschneidet sich mit dieser "
                + $"bestätigten Buchung. Die Buchung bleibt bestehen: verschieben Sie den Termin, oder verlegen oder stornieren Sie die "
                + $"Buchung selbst.\n{DetailsText}"),
        [NotificationMessages.WebhookEndpointDisabled] = (
            "Webhook-Endpunkt abgeschaltet: {{ endpoint.url }}",
            $"<p>{Hello}</p><p>wir haben den Webhook-Endpunkt {{{{ endpoint.url }}}} abgeschaltet: {{{{ endpoint.reason }}}}. "
                + "Beheben Sie das Problem und schalten Sie ihn wieder ein, um Ereignisse zu erhalten.</p>",
            $"{Hello}\n\nwir haben den Webhook-Endpunkt {{{{ endpoint.url }}}} abgeschaltet: {{{{ endpoint.reason }}}}. Beheben Sie "
                + "das Problem und schalten Sie ihn wieder ein, um Ereignisse zu erhalten.\n"),
    };
}
