using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Organizations;
using Platform.Api.Identity;
using Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.GraphQL.Execution;

/// <summary>Builds the <see cref="PlatformUserContext"/> from the authenticated principal and the resolved tenant.</summary>
public sealed class UserContextFactory(PlatformDbContext db, ICurrentTenant currentTenant)
{
    public async Task<PlatformUserContext> CreateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Tenant;
        var tokenTenant = principal.FindFirstValue(PlatformClients.TenantClaim);
        if (tokenTenant is not null)
        {
            // A client-credentials token: it acts only in the organization it was registered for.
            var matches = tenant is not null && Guid.TryParse(tokenTenant, out var bound) && bound == tenant.Id;
            return new PlatformUserContext
            {
                Principal = principal,
                Tenant = tenant,
                TokenTenantMismatch = tenant is not null && !matches,
                ClientStaffRole = matches
                    && Enum.TryParse<StaffRole>(principal.FindFirstValue(PlatformClients.StaffRoleClaim), true, out var role)
                        ? role
                        : null,
            };
        }

        Guid? userId = Guid.TryParse(principal.FindFirstValue(Claims.Subject), out var id) ? id : null;
        Membership? membership = null;
        if (userId is not null && tenant is not null)
        {
            membership = await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        }

        return new PlatformUserContext { Principal = principal, UserId = userId, Tenant = tenant, Membership = membership };
    }
}
