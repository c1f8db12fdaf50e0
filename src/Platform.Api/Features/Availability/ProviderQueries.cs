using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Organizations;

namespace Platform.Api.Features.Availability;

/// <summary>Staff-only reads of a provider's calendar details, each for one provider and range.</summary>
public sealed class ProviderQueries(PlatformDbContext db)
{
    public const int MaxRangeDays = 366;

    public async Task<Membership?> MembershipAsync(Guid membershipId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);

    public async Task<IReadOnlyList<DateOverrideView>> DateOverridesAsync(Guid providerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxRangeDays) return [];
        var rows = await db.AvailabilityOverrides.AsNoTracking()
            .Where(o => o.ProviderId == providerId && o.Date >= from && o.Date <= to)
            .OrderBy(o => o.Date).ThenBy(o => o.StartMinute).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(o => o.Date).Select(g => new DateOverrideView(g.Key,
            [.. g.Where(o => o.StartMinute is not null).Select(o => new MinuteRange(o.StartMinute!.Value, o.EndMinute!.Value))]))];
    }

    public async Task<IReadOnlyList<BusyInterval>> BusyAsync(Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to <= from || (to - from).TotalDays > MaxRangeDays) return [];
        return await db.BusyIntervals.AsNoTracking()
            .Where(b => b.ProviderId == providerId && b.StartsAt < to && b.EndsAt > from)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);
    }
}
