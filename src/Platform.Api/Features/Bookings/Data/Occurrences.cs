using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Features.Bookings.Data;

/// <summary>Group occurrences: created on first use, and the lock that seat counting runs under.</summary>
public static class Occurrences
{
    /// <summary>The occurrence row for (offering, provider, start), created on first use and locked until commit.</summary>
    public static async Task<Guid> LockOccurrenceAtAsync(
        this PlatformDbContext db,
        Guid tenantId,
        Guid offeringId,
        Guid providerId,
        DateTimeOffset start,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        // ON CONFLICT DO UPDATE locks the existing row like FOR UPDATE would, and returns its id either way.
        var id = await db
            .Database.SqlQuery<Guid>(
                $"""
                INSERT INTO group_occurrences (id, tenant_id, offering_id, provider_id, starts_at, created_at)
                VALUES ({Guid.CreateVersion7()}, {tenantId}, {offeringId}, {providerId}, {start.ToUniversalTime()}, {now.ToUniversalTime()})
                ON CONFLICT (tenant_id, offering_id, provider_id, starts_at) DO UPDATE SET created_at = group_occurrences.created_at
                RETURNING id AS "Value"
                """
            )
            .ToListAsync(cancellationToken);
        return id.Single();
    }
}
