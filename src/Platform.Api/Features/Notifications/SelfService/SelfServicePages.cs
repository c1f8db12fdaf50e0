using System.Globalization;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Identity;

namespace Platform.Api.Features.Notifications.SelfService;

/// <summary>
/// Where the links in a customer's emails lead (<see cref="SelfServiceLinks"/>): /t/{slug}/manage/{token}/cancel and
/// /reschedule. Plain server-rendered pages, no sign-in (guests have no account): the signed token is the permission.
/// Forms post back to the page's own address; cross-site posts are refused.
/// </summary>
internal static class SelfServicePages
{
    public static IEndpointRouteBuilder MapSelfServicePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manage/{token}/cancel", (Delegate)CancelPageAsync);
        app.MapPost("/manage/{token}/cancel", (Delegate)CancelAsync).DisableAntiforgery();
        app.MapGet("/manage/{token}/reschedule", (Delegate)ReschedulePageAsync);
        app.MapPost("/manage/{token}/reschedule", (Delegate)RescheduleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CancelPageAsync(string token, SelfServiceBookings bookings, CancellationToken cancellationToken)
    {
        if (await bookings.FindAsync(token, cancellationToken) is not { } managed) return SelfServiceHtml.NotFound();
        if (managed.Booking.Status == BookingStatus.Cancelled) return SelfServiceHtml.AlreadyCancelled(managed);
        var details = SelfServiceHtml.Details(managed);
        if (managed.CancelRefusal is { } refusal)
            return HtmlPage.Render("Cancel your booking", details + HtmlPage.Alert("This booking cannot be cancelled: " + refusal));
        return HtmlPage.Render("Cancel your booking", $"""
            {details}
            {SelfServiceHtml.Refund(managed.Refund, managed.Booking.Currency)}
            <form method="post">
              <button type="submit">Cancel this booking</button>
            </form>
            """);
    }

    private static async Task<IResult> CancelAsync(
        HttpContext context, string token, SelfServiceBookings bookings, CancellationToken cancellationToken)
    {
        if (HtmlPage.IsCrossSitePost(context.Request)) return HtmlPage.CrossSiteRefused();
        if (await bookings.FindAsync(token, cancellationToken) is not { } managed) return SelfServiceHtml.NotFound();
        if (managed.Booking.Status == BookingStatus.Cancelled) return SelfServiceHtml.AlreadyCancelled(managed);
        var result = await bookings.CancelAsync(managed, cancellationToken);
        if (result.UserErrors.Count > 0 || result.Booking is not { } cancelled)
            return Refused("Booking not cancelled", managed, result);
        var refund = cancelled.RefundAmount is > 0
            ? $"<p>You will get back {SelfServiceHtml.Amount(cancelled.RefundAmount.Value, cancelled.Currency)}.</p>"
            : "";
        return HtmlPage.Render("Booking cancelled", SelfServiceHtml.Details(managed) + "<p>Your booking is cancelled.</p>" + refund);
    }

    private static async Task<IResult> ReschedulePageAsync(string token, SelfServiceBookings bookings, CancellationToken cancellationToken)
    {
        if (await bookings.FindAsync(token, cancellationToken) is not { } managed) return SelfServiceHtml.NotFound();
        return await RescheduleFormAsync(managed, bookings, null, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> RescheduleAsync(
        HttpContext context, string token, SelfServiceBookings bookings, CancellationToken cancellationToken)
    {
        if (HtmlPage.IsCrossSitePost(context.Request)) return HtmlPage.CrossSiteRefused();
        if (await bookings.FindAsync(token, cancellationToken) is not { } managed) return SelfServiceHtml.NotFound();
        if (managed.Booking.Status == BookingStatus.Cancelled) return SelfServiceHtml.AlreadyCancelled(managed);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!DateTimeOffset.TryParse(form["start"].ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start))
            return await RescheduleFormAsync(managed, bookings, "Choose one of the times.", StatusCodes.Status400BadRequest,
                cancellationToken);
        var result = await bookings.RescheduleAsync(managed, start, cancellationToken);
        if (result.UserErrors.Count > 0 || result.Booking is not { } moved)
        {
            var refused = result.UserErrors.Count > 0 ? result.UserErrors[0] : null;
            var status = refused?.Code is "SLOT_UNAVAILABLE" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return await RescheduleFormAsync(managed, bookings, refused?.Message ?? "Not moved.", status, cancellationToken);
        }

        return HtmlPage.Render("Booking moved", $"""
            <p>Your booking of {HtmlPage.Encode(managed.OfferingName)} now starts
            {SelfServiceHtml.Time(moved.StartsAt, managed.Zone)}.</p>
            """);
    }

    private static async Task<IResult> RescheduleFormAsync(
        ManagedBooking managed, SelfServiceBookings bookings, string? error, int status, CancellationToken cancellationToken)
    {
        if (managed.Booking.Status == BookingStatus.Cancelled) return SelfServiceHtml.AlreadyCancelled(managed);
        var details = SelfServiceHtml.Details(managed);
        if (managed.RescheduleRefusal is { } refusal)
            return HtmlPage.Render("Move your booking", details + HtmlPage.Alert("This booking cannot be moved: " + refusal), status);
        var slots = await bookings.OpenSlotsAsync(managed, cancellationToken);
        if (slots.Count == 0)
            return HtmlPage.Render("Move your booking", details + HtmlPage.Alert(error)
                + $"<p>No other time is open in the next {SelfServiceBookings.RescheduleDays} days.</p>", status);
        var choices = string.Join("\n", slots.Select((s, i) => $"""
            <label><input type="radio" name="start" value="{HtmlPage.Encode(Iso(s.Start.ToDateTimeOffset()))}"
              {(i == 0 ? "checked" : "")}> {SelfServiceHtml.Time(s.Start.ToDateTimeOffset(), managed.Zone)}</label>
            """));
        return HtmlPage.Render("Move your booking", $"""
            {details}
            {HtmlPage.Alert(error)}
            <form method="post">
              <fieldset><legend>New time</legend>
              {choices}
              </fieldset>
              <button type="submit">Move my booking</button>
            </form>
            """, status);
    }

    private static IResult Refused(string title, ManagedBooking managed, BookingPayload result) =>
        HtmlPage.Render(title,
            SelfServiceHtml.Details(managed) + HtmlPage.Alert(result.UserErrors.Count > 0 ? result.UserErrors[0].Message : "Not done."),
            StatusCodes.Status409Conflict);

    private static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);
}
