using Microsoft.Extensions.Options;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Accounts;

/// <summary>
/// Where Stripe's hosted onboarding sends an administrator: <c>refresh</c> when the link expired (a new one,
/// at once) and <c>return</c> when they are done (the account is read now, not only when its event arrives).
/// The <c>state</c> parameter is the organization, protected and time-limited, so no tenant is in the URL in clear.
/// </summary>
public static class ConnectOnboardingPages
{
    public static IEndpointRouteBuilder MapConnectOnboardingPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/payments/connect/refresh", RefreshAsync).AllowAnonymous();
        app.MapGet("/payments/connect/return", ReturnAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> RefreshAsync(string? state, PaymentAccountService accounts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state))
            return Invalid();
        try
        {
            return await accounts.RefreshLinkAsync(state, cancellationToken) is { } url ? Results.Redirect(url) : Invalid();
        }
        catch (PaymentGatewayException)
        {
            return Results.Content(
                Page("Stripe is unavailable right now. Try the link again in a minute."),
                "text/html",
                statusCode: StatusCodes.Status503ServiceUnavailable
            );
        }
    }

    private static async Task<IResult> ReturnAsync(
        string? state,
        PaymentAccountService accounts,
        IOptions<PaymentOptions> options,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrEmpty(state))
            return Invalid();
        bool known;
        try
        {
            known = await accounts.ReturnAsync(state, cancellationToken);
        }
        catch (PaymentGatewayException)
        {
            // The account.updated event brings the same news shortly.
            known = true;
        }
        if (!known)
            return Invalid();
        return options.Value.OnboardingDoneUrl is { Length: > 0 } done
            ? Results.Redirect(done)
            : Results.Content(
                Page(
                    "Thank you. Your payment account details were sent to Stripe; the organization can take paid bookings as soon as "
                    + "Stripe enables charges."
                ),
                "text/html"
            );
    }

    private static IResult Invalid() =>
        Results.Content(
            Page("This onboarding link is invalid or has expired. Start again from the organization's payment settings."),
            "text/html",
            statusCode: StatusCodes.Status400BadRequest
        );

    private static string Page(string message) =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Payments "
        + $"onboarding</title></head><body><p>{System.Net.WebUtility.HtmlEncode(message)}</p></body></html>";
}
