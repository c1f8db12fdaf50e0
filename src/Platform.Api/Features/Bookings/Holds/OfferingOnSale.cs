using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>An offering on sale and who delivers it (provider id order: "any provider" breaks ties by it).</summary>
public sealed record OfferingOnSale(Offering Offering, IReadOnlyList<Guid> Providers)
{
    /// <summary>The one provider asked for (if they deliver the offering), or all who do; null when the one asked for does not.</summary>
    public IReadOnlyList<Guid>? ProvidersFor(string? providerId) =>
        providerId is null ? Providers
        : GlobalId.TryDecode(providerId, ProviderType.TypeName) is { } one && Providers.Contains(one) ? [one]
        : null;

    /// <summary>Both in one query: every booking flow starts here.</summary>
    public static async Task<OfferingOnSale?> FindAsync(PlatformDbContext db, string offeringId, CancellationToken cancellationToken)
    {
        if (GlobalId.TryDecode(offeringId, OfferingType.TypeName) is not { } id)
            return null;
        var row = await db
            .Offerings.AsNoTracking()
            .Where(o => o.Id == id && o.Status == OfferingStatus.Active)
            .Select(o => new
            {
                Offering = o,
                Providers = db
                    .OfferingProviders.Where(l => l.OfferingId == o.Id)
                    .OrderBy(l => l.ProviderId)
                    .Select(l => l.ProviderId)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new OfferingOnSale(row.Offering, row.Providers);
    }
}
