using Platform.Modules.Email;

namespace Platform.Api.Identity;

/// <summary>
/// The emails about an account itself. Kept in this one class so that moving them to templated
/// notifications later changes one file. Links point at the server-rendered pages in <see cref="AccountPages"/>.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, PublicAddress address)
{
    public Task SendConfirmationAsync(string email, string token, DateTimeOffset validUntil, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(
            email,
            "Confirm your email for Platform",
            $"""
            Welcome to Platform.

            Confirm that this address is yours: {Link("account/confirm", email, token)}

            The link works once, until {validUntil:yyyy-MM-dd HH:mm} UTC. Until then, bookings made as a guest with
            this address stay unclaimed. If you did not sign up, ignore this email.
            """),
            cancellationToken);

    /// <summary>Sent instead of a second account: the answer to <c>signUp</c> must not tell a stranger the address is taken.</summary>
    public Task SendAlreadyRegisteredAsync(string email, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(
            email,
            "Someone tried to sign up with your address",
            $"""
            Someone tried to create a Platform account with this address, which already has one.

            If it was you, sign in with your password, or choose a new one: {address.Link("account/reset")}
            If it was not you, nothing changed and you need not do anything.
            """),
            cancellationToken);

    public Task SendPasswordResetAsync(string email, string token, DateTimeOffset validUntil, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(
            email,
            "Reset your Platform password",
            $"""
            Someone (hopefully you) asked to reset the password of your Platform account.

            Choose a new password: {Link("account/reset", email, token)}

            The link works once, until {validUntil:yyyy-MM-dd HH:mm} UTC. If you did not ask, ignore this email:
            your password stays as it is.
            """),
            cancellationToken);

    private string Link(string path, string email, string token) =>
        address.Link($"{path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
}
