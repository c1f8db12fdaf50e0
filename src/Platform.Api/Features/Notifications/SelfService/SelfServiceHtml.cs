using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Payments.Domain.Money;
using Platform.Api.Identity;

namespace Platform.Api.Features.Notifications.SelfService;

/// <summary>The pieces of the self-service pages: the booking, times in the organization's zone, amounts. All encoded.</summary>
internal static class SelfServiceHtml
{
    private static readonly ZonedDateTimePattern When =
        ZonedDateTimePattern.CreateWithInvariantCulture("dddd d MMMM uuuu, HH:mm", DateTimeZoneProviders.Tzdb);

    public const string NotFoundTitle = "Link not valid";

    public static IResult NotFound() => HtmlPage.Render(NotFoundTitle, """
        <p>This link is unknown, has expired or belongs to another organization. Open the newest email about your booking,
        or ask the organization for help.</p>
        """, StatusCodes.Status404NotFound);

    public static string Time(DateTimeOffset at, DateTimeZone zone) =>
        HtmlPage.Encode($"{When.Format(Instant.FromDateTimeOffset(at).InZone(zone))} ({zone.Id})");

    public static string Amount(long minorUnits, string currency)
    {
        var digits = Currencies.MinorUnits(currency);
        var amount = minorUnits / (decimal)Math.Pow(10, digits);
        var format = "N" + digits.ToString(CultureInfo.InvariantCulture);
        return HtmlPage.Encode(amount.ToString(format, CultureInfo.InvariantCulture) + " " + currency);
    }

    public static string Details(ManagedBooking managed) => $"""
        <dl>
          <dt>What</dt><dd>{HtmlPage.Encode(managed.OfferingName)}</dd>
          <dt>When</dt><dd>{Time(managed.Booking.StartsAt, managed.Zone)}</dd>
          {(managed.ProviderName.Length > 0 ? $"<dt>With</dt><dd>{HtmlPage.Encode(managed.ProviderName)}</dd>" : "")}
          <dt>Where</dt><dd>{HtmlPage.Encode(managed.Tenant.Name)}</dd>
        </dl>
        """;

    public static string Refund(RefundDecision refund, string currency) =>
        refund.RefundAmount > 0
            ? $"<p>If you cancel now you get back <strong>{Amount(refund.RefundAmount, currency)}</strong> "
                + $"({refund.RefundPercent}% of what you paid).</p>"
            : refund.RefundPercent < 100
                ? "<p>If you cancel now, <strong>nothing is refunded</strong> under the booking's cancellation terms.</p>"
                : "<p>Nothing was paid for this booking, so there is nothing to refund.</p>";

    public static IResult AlreadyCancelled(ManagedBooking managed) =>
        HtmlPage.Render("Booking cancelled", Details(managed) + "<p>This booking is already cancelled; there is nothing more to do.</p>");
}
