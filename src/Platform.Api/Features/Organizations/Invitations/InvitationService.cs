using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Email;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.Features.Notifications.Email.Templates;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.Features.Organizations.Members;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;
using Platform.Modules.Email;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Invitations;

/// <summary>Emailed invitations: the link carries a random token; only its hash is stored.</summary>
public sealed class InvitationService(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    UserManager<User> users,
    IEmailSender email,
    NotificationTemplateService templates,
    IConfiguration configuration,
    TimeProvider clock
)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    /// <summary>Creates the invitation and emails its link; re-inviting sends a fresh link.</summary>
    public async Task<InvitationPayload> InviteAsync(Guid inviterId, MemberInput input, CancellationToken cancellationToken)
    {
        if (!OrganizationRules.IsEmail(input.Email))
            return new InvitationPayload(null) { UserErrors = [new UserError("INVALID_EMAIL", "That is not an email address.", "email")] };

        var roles = (input.CustomerRoles ?? []).Distinct().ToList();
        var defined = await db.CustomerRoles.Where(r => roles.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken);
        if (roles.Except(defined).ToList() is { Count: > 0 } unknown)
            return new InvitationPayload(null)
            {
                UserErrors =
                [
                    new UserError("UNKNOWN_ROLE", $"Define these customer roles first: {string.Join(", ", unknown)}.", "customerRoles"),
                ],
            };

        var normalized = input.Email.Trim().ToLowerInvariant();
        var existing = await users.FindByEmailAsync(normalized);
        if (existing is not null && await db.Memberships.AnyAsync(m => m.UserId == existing.Id, cancellationToken))
            return new InvitationPayload(null)
            {
                UserErrors = [new UserError("ALREADY_MEMBER", "This person is already a member.", "email")],
            };

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            Email = normalized,
            StaffRole = input.StaffRole,
            CustomerRoles = roles,
            TokenHash = HashToken(token),
            InvitedByUserId = inviterId,
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var tenant = currentTenant.Tenant!;
        var baseUrl = (configuration["Platform:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');
        var link = $"{baseUrl}/t/{tenant.Slug}/invitations/accept?token={token}";
        // The invitee's own language when they already have an account, else the organization's.
        var language = MessageRecipients.LanguageOf(existing?.PreferredLanguage, tenant.DefaultLanguage);
        var model = EmailModels.Common(tenant, normalized, existing?.DisplayName);
        EmailModels.AddSnapshot(
            model,
            new EmailPayload { Link = link, Expires = invitation.ExpiresAt, TimeZone = existing?.TimeZone ?? tenant.TimeZone },
            language);
        var template = await templates.EffectiveAsync(NotificationMessages.Invitation, language, cancellationToken);
        var rendered = await TemplateRenderer.RenderAsync(template, model, EmailFormats.Culture(language));
        await email.SendAsync(
            new EmailMessage(normalized, rendered.Subject, rendered.Text, rendered.Html) { FromName = tenant.Name }, cancellationToken);
        return new InvitationPayload(invitation);
    }

    public async Task<MembershipPayload> AcceptAsync(Guid userId, string token, CancellationToken cancellationToken)
    {
        var hash = HashToken(token ?? "");
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var user = await users.FindByIdAsync(userId.ToString());
        if (invitation is null || user is null || invitation.AcceptedAt is not null || invitation.ExpiresAt <= clock.GetUtcNow())
            return Fail("INVALID_INVITATION", "This invitation is unknown, used or expired.");
        if (!string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
            return Fail("EMAIL_MISMATCH", "This invitation was sent to a different email address.");

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (membership is null)
        {
            membership = new Membership
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Memberships.Add(membership);
        }

        membership.StaffRole ??= invitation.StaffRole;
        membership.CustomerRoles = [.. membership.CustomerRoles.Union(invitation.CustomerRoles)];
        invitation.AcceptedAt = clock.GetUtcNow();
        invitation.AcceptedByUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
        return new MembershipPayload(membership);
    }

    /// <summary>The invitation a token opens in this organization, while it can still be accepted; else null.</summary>
    public async Task<Invitation?> FindPendingAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200) return null;
        var hash = HashToken(token);
        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAt == null && i.ExpiresAt > now, cancellationToken);
    }

    internal static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static MembershipPayload Fail(string code, string message) =>
        new(null) { UserErrors = [new UserError(code, message, "token")] };
}
