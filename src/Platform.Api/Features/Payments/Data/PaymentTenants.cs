using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Payments.Webhooks;

namespace Platform.Api.Features.Payments.Data;

internal static class PaymentTenants
{
    /// <summary>Organizations that have started Stripe onboarding: only they can have payments.</summary>
    public static async Task<List<Guid>> PaymentAccountTenantsAsync(this PlatformDbContext db, CancellationToken cancellationToken) =>
        await db
            .StripeObjects.AsNoTracking()
            .Where(r => r.Kind == StripeRoutes.Account)
            .Select(r => r.OrganizationId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
}
