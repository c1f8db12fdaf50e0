using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Platform.Api.Identity;

/// <summary>
/// The sign-in page of the authorization-code flow: a plain form, no JavaScript. It signs the user
/// into a short-lived cookie and returns to /connect/authorize, which issues the code.
/// </summary>
internal static class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (string? returnUrl) => Page(returnUrl, null));
        app.MapPost("/account/login", (Delegate)PostAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext context, SignInManager<User> signIn, UserManager<User> users)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var user = await users.FindByEmailAsync(form["email"].ToString());
        if (user is null) return Page(returnUrl, "The email or password is incorrect.");

        var result = await signIn.PasswordSignInAsync(user, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded) return Page(returnUrl, result.IsLockedOut ? "Too many attempts; try again later." : "The email or password is incorrect.");

        // Only local authorize URLs: an open redirect here would hand codes to anyone.
        return Results.Redirect(IsLocalAuthorizeUrl(returnUrl) ? returnUrl : "/");
    }

    internal static bool IsLocalAuthorizeUrl(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && url.Contains("/connect/authorize", StringComparison.Ordinal);

    private static IResult Page(string? returnUrl, string? error)
    {
        var encodedReturn = WebUtility.HtmlEncode(returnUrl ?? "");
        var errorHtml = error is null ? "" : $"<p role=\"alert\" style=\"color:#b00020\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>Sign in · Platform</title>
            <style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.75rem 0}input{width:100%;padding:.5rem;box-sizing:border-box}button{padding:.6rem 1.2rem}</style>
            </head><body>
            <h1>Sign in</h1>{{errorHtml}}
            <form method="post" action="/account/login">
              <input type="hidden" name="returnUrl" value="{{encodedReturn}}">
              <label>Email <input name="email" type="email" autocomplete="username" required></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
