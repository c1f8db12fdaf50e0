using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Api.Identity;

namespace Platform.Api.Data;

/// <summary>Puts ASP.NET Core Identity and OpenIddict tables in the global <c>identity</c> schema.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        const string schema = PlatformDbContext.IdentitySchema;
        builder.Entity<User>(user =>
        {
            user.ToTable("users", schema);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredLanguage).HasMaxLength(8);
            user.Property(u => u.TimeZone).HasMaxLength(64);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims", schema);
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins", schema);
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens", schema);
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications", schema);
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations", schema);
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes", schema);
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens", schema);
    }
}
