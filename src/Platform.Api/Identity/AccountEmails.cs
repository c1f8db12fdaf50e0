using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Email;
using Platform.Api.Features.Notifications.Email.Templates;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Modules.Email;
using Platform.Tenancy;

namespace Platform.Api.Identity;

/// <summary>
/// The emails about an account itself, rendered from the shipped <c>email_confirmation</c> and <c>password_reset</c>
/// templates in the person's language (English when unknown) and sent at once, not through the outbox: an account is
/// not an organization's, so Platform's own name brands them. Links point at the pages in <see cref="AccountPages"/>.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, PublicAddress address, IServiceScopeFactory scopes)
{
    private static readonly Tenant Platform = new() { Name = "Platform" };

    public async Task SendConfirmationAsync(string email, string token, DateTimeOffset validUntil, CancellationToken cancellationToken) =>
        await SendAsync(
            NotificationMessages.EmailConfirmation, email, Link("account/confirm", email, token), validUntil, cancellationToken);

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

    public async Task SendPasswordResetAsync(string email, string token, DateTimeOffset validUntil, CancellationToken cancellationToken) =>
        await SendAsync(NotificationMessages.PasswordReset, email, Link("account/reset", email, token), validUntil, cancellationToken);

    private async Task SendAsync(string message, string email, string link, DateTimeOffset validUntil, CancellationToken cancellationToken)
    {
        var (name, language, zone) = await PersonAsync(email, cancellationToken);
        var model = EmailModels.Common(Platform, email, name);
        EmailModels.AddSnapshot(model, new EmailPayload { Link = link, Expires = validUntil, TimeZone = zone }, language);
        var rendered = await TemplateRenderer.RenderAsync(DefaultTemplates.For(message, language), model, EmailFormats.Culture(language));
        await sender.SendAsync(new EmailMessage(email, rendered.Subject, rendered.Text, rendered.Html), cancellationToken);
    }

    private async Task<(string? Name, string Language, string? TimeZone)> PersonAsync(string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.DisplayName, u.PreferredLanguage, u.TimeZone }).FirstOrDefaultAsync(cancellationToken);
        return (user?.DisplayName, MessageRecipients.LanguageOf(user?.PreferredLanguage, null), user?.TimeZone ?? "UTC");
    }

    private string Link(string path, string email, string token) =>
        address.Link($"{path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
}
