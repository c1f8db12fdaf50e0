using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity.Profile;

/// <summary>A person's own settings: the name others see, and the language and time zone their messages use.</summary>
public sealed class ProfileService(PlatformDbContext db)
{
    public async Task<ProfilePayload> UpdateAsync(Guid userId, UpdateProfileInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (input.DisplayName is { } name && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || name.Any(char.IsControl)))
            errors.Add(new UserError("INVALID_DISPLAY_NAME", "The name must be 1 to 200 characters.", "displayName"));
        if (input.PreferredLanguage is { Length: > 0 } language && BrandingRules.CheckLanguage(language, "preferredLanguage") is { } bad)
            errors.Add(bad);
        if (input.TimeZone is { Length: > 0 } zone && OrganizationRules.CheckTimeZone(zone) is { } badZone)
            errors.Add(badZone);
        if (errors.Count > 0) return new ProfilePayload(null) { UserErrors = errors };

        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        if (input.DisplayName is { } displayName) user.DisplayName = displayName.Trim();
        if (input.PreferredLanguage is { } preferred) user.PreferredLanguage = preferred.Length == 0 ? null : preferred;
        if (input.TimeZone is { } timeZone) user.TimeZone = timeZone.Length == 0 ? null : timeZone;
        await db.SaveChangesAsync(cancellationToken);
        return new ProfilePayload(user);
    }
}
