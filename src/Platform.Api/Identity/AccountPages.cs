namespace Platform.Api.Identity;

/// <summary>
/// Where the links in account emails lead: plain server-rendered pages calling the same services as the
/// <c>confirmEmail</c>, <c>requestPasswordReset</c> and <c>resetPassword</c> mutations.
/// </summary>
internal static class AccountPages
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/confirm", (Delegate)ConfirmAsync);
        app.MapGet("/account/reset", (string? email, string? token) =>
            token is { Length: > 0 } ? NewPasswordForm(email, token, null) : RequestForm(null));
        app.MapPost("/account/reset", (Delegate)ResetAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ConfirmAsync(
        string? email, string? token, AccountService accounts, CancellationToken cancellationToken)
    {
        var result = await accounts.ConfirmEmailAsync(new ConfirmEmailInput(email ?? "", token ?? ""), cancellationToken);
        if (result.EmailConfirmed)
            return HtmlPage.Render("Email confirmed", "<p>Thank you: your email is confirmed. You can close this page.</p>");
        var error = result.UserErrors[0];
        return HtmlPage.Render("Email not confirmed", $"""
            {HtmlPage.Alert(error.Message)}
            <p>Already confirmed? Then there is nothing more to do. Otherwise ask the app for a new link.</p>
            """, StatusFor(error));
    }

    /// <summary>Without a token the form asks for a link; with one (from that link) it sets the new password.</summary>
    private static async Task<IResult> ResetAsync(HttpContext context, PasswordResets resets, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var email = form["email"].ToString();
        var token = form["token"].ToString();
        if (token.Length == 0)
        {
            var asked = await resets.RequestAsync(new AccountEmailInput(email), cancellationToken);
            if (asked.UserErrors is [var refused, ..]) return RequestForm(refused.Message, StatusFor(refused));
            return HtmlPage.Render(
                "Check your inbox", "<p>If an account uses this address, a link to choose a new password is on its way.</p>");
        }

        var reset = await resets.ResetAsync(new ResetPasswordInput(email, token, form["newPassword"].ToString()), cancellationToken);
        if (reset.PasswordReset)
            return HtmlPage.Render("Password changed", "<p>Your new password works now; sign in with it in your app.</p>");
        var error = reset.UserErrors[0];
        return error.Code == "WEAK_PASSWORD"
            ? NewPasswordForm(email, token, error.Message, StatusCodes.Status400BadRequest)
            : HtmlPage.Render("Password not changed", HtmlPage.Alert(error.Message) + AskAgain, StatusFor(error));
    }

    private const string AskAgain = "<p><a href=\"/account/reset\">Ask for a new link</a></p>";

    private static IResult RequestForm(string? error, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render("Reset your password", $"""
            {HtmlPage.Alert(error)}
            <form method="post" action="/account/reset">
              <label>Email <input name="email" type="email" autocomplete="username" required></label>
              <button type="submit">Email me a link</button>
            </form>
            """, statusCode);

    private static IResult NewPasswordForm(string? email, string token, string? error, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render("Choose a new password", $"""
            {HtmlPage.Alert(error)}
            <form method="post" action="/account/reset">
              <input type="hidden" name="email" value="{HtmlPage.Encode(email)}">
              <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
              <label>New password (at least 10 characters)
                <input name="newPassword" type="password" autocomplete="new-password" minlength="10" required></label>
              <button type="submit">Set password</button>
            </form>
            """, statusCode);

    private static int StatusFor(GraphQL.Errors.UserError error) =>
        error.Code == "RATE_LIMITED" ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
}
