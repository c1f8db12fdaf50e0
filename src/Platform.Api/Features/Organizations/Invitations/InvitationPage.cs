using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Invitations;

/// <summary>
/// Where an invitation email leads: /t/{slug}/invitations/accept?token=…. It says who invites whom as what, asks the
/// invitee to sign in (the browser sign-in of /account/login, which comes back here) and accepts through
/// <see cref="InvitationService.AcceptAsync"/>, as the acceptInvitation mutation does.
/// </summary>
internal static class InvitationPage
{
    public static IEndpointRouteBuilder MapInvitationPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/invitations/accept", (Delegate)ShowAsync);
        app.MapPost("/invitations/accept", (Delegate)AcceptAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext context, string? token, ICurrentTenant current, InvitationService invitations, UserManager<User> users,
        CancellationToken cancellationToken)
    {
        if (current.Tenant is not { } tenant || await invitations.FindPendingAsync(token, cancellationToken) is not { } invitation)
            return NotFound();
        var user = await SignedInAsync(context, users);
        var about = $"""
            <p>You are invited to join <strong>{HtmlPage.Encode(tenant.Name)}</strong> {HtmlPage.Encode(RoleOf(invitation))}.</p>
            <p>The invitation was sent to {HtmlPage.Encode(invitation.Email)} and is valid until
            {HtmlPage.Encode(invitation.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC.</p>
            """;
        if (user is not null && string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
            return HtmlPage.Render("Accept the invitation", $"""
                {about}
                <p>You are signed in as {HtmlPage.Encode(user.Email)}.</p>
                <form method="post">
                  <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
                  <button type="submit">Accept and join</button>
                </form>
                """);

        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        var signIn = "/account/login?returnUrl=" + Uri.EscapeDataString(here);
        var other = user is null
            ? ""
            : $"<p>You are signed in as {HtmlPage.Encode(user.Email)}, but this invitation is for another address.</p>";
        return HtmlPage.Render("Accept the invitation", $"""
            {about}
            {other}
            <p><a href="{HtmlPage.Encode(signIn)}">Sign in as {HtmlPage.Encode(invitation.Email)}</a> to accept it.</p>
            <p>No account yet? Sign up in the Platform app with {HtmlPage.Encode(invitation.Email)}, then open this link again.</p>
            """);
    }

    private static async Task<IResult> AcceptAsync(
        HttpContext context, ICurrentTenant current, InvitationService invitations, UserManager<User> users,
        CancellationToken cancellationToken)
    {
        if (HtmlPage.IsCrossSitePost(context.Request)) return HtmlPage.CrossSiteRefused();
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var token = form["token"].ToString();
        if (current.Tenant is not { } tenant || await invitations.FindPendingAsync(token, cancellationToken) is null) return NotFound();
        if (await SignedInAsync(context, users) is not { } user)
        {
            var back = context.Request.PathBase + context.Request.Path + "?token=" + Uri.EscapeDataString(token);
            return HtmlPage.Render("Sign in first", $"""
                <p><a href="/account/login?returnUrl={HtmlPage.Encode(Uri.EscapeDataString(back))}">Sign in</a>
                to accept the invitation.</p>
                """, StatusCodes.Status401Unauthorized);
        }

        using (current.ChangeUser(user.Id))
        {
            var result = await invitations.AcceptAsync(user.Id, token, cancellationToken);
            if (result.UserErrors.Count > 0)
                return HtmlPage.Render(
                    "Invitation not accepted", HtmlPage.Alert(result.UserErrors[0].Message), StatusCodes.Status400BadRequest);
        }

        return HtmlPage.Render("Welcome", $"<p>You are now a member of {HtmlPage.Encode(tenant.Name)}. You can close this page.</p>");
    }

    private static async Task<User?> SignedInAsync(HttpContext context, UserManager<User> users)
    {
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return cookie.Succeeded ? await users.GetUserAsync(cookie.Principal!) : null;
    }

    private static string RoleOf(Invitation invitation)
    {
        var role = invitation.StaffRole is { } staff ? $"as {staff.ToString().ToUpperInvariant()}" : "as a customer";
        return invitation.CustomerRoles.Count > 0 ? $"{role} (customer roles: {string.Join(", ", invitation.CustomerRoles)})" : role;
    }

    private static IResult NotFound() => HtmlPage.Render("Invitation not valid", """
        <p>This invitation is unknown, already used or expired. Ask whoever invited you to send a new one.</p>
        """, StatusCodes.Status404NotFound);
}
