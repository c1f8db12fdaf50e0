using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>The routing table from Stripe object ids to organizations (see <see cref="StripeObjectRoute"/>).</summary>
public static class StripeRoutes
{
    public const string Account = "account";
    public const string PaymentIntent = "payment_intent";
    public const string CheckoutSession = "checkout_session";

    /// <summary>
    /// Records that <paramref name="objectId"/> belongs to <paramref name="organizationId"/>; a second record of the same pair is a
    /// no-op.
    /// </summary>
    public static async Task RouteAsync(
        this PlatformDbContext db,
        string objectId,
        Guid organizationId,
        string kind,
        DateTimeOffset now,
        CancellationToken cancellationToken
    ) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO platform.stripe_objects (object_id, organization_id, kind, created_at)
                VALUES ({objectId}, {organizationId}, {kind}, {now.ToUniversalTime()})
            ON CONFLICT (object_id) DO NOTHING
            """,
            cancellationToken
        );

    public static async Task<Guid?> OrganizationOfAsync(this PlatformDbContext db, string? objectId, CancellationToken cancellationToken) =>
        objectId is null
            ? null
            : await db
                .StripeObjects.AsNoTracking()
                .Where(r => r.ObjectId == objectId)
                .Select(r => (Guid?)r.OrganizationId)
                .SingleOrDefaultAsync(cancellationToken);
}
