using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Waitlists;

/// <summary>Waitlist reads: a customer's own entries, and one occurrence's queue for staff.</summary>
public sealed class WaitlistQueries(PlatformDbContext db)
{
    /// <summary>Bounds of the two lists, stated in their schema descriptions.</summary>
    public const int MaxMine = 200;

    public const int MaxQueue = 1000;

    public async Task<IReadOnlyList<WaitlistEntry>> MineAsync(PlatformUserContext caller, CancellationToken cancellationToken)
    {
        if (caller.UserId is not { } userId || caller.Tenant is null)
            return [];
        return await db
            .WaitlistEntries.AsNoTracking()
            .Where(e => e.CustomerUserId == userId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .OrderBy(e => e.CreatedAt)
            .Take(MaxMine)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WaitlistEntry>> QueueAsync(
        string offeringId,
        string providerId,
        DateTimeOffset start,
        CancellationToken cancellationToken
    )
    {
        var offering = GlobalId.TryDecode(offeringId, OfferingType.TypeName);
        var provider = GlobalId.TryDecode(providerId, ProviderType.TypeName);
        if (offering is null || provider is null)
            return [];
        var occurrence = db
            .GroupOccurrences.Where(o => o.OfferingId == offering && o.ProviderId == provider && o.StartsAt == start)
            .Select(o => o.Id);
        return await db
            .WaitlistEntries.AsNoTracking()
            .Where(e => occurrence.Contains(e.OccurrenceId) && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Take(MaxQueue)
            .ToListAsync(cancellationToken);
    }
}
