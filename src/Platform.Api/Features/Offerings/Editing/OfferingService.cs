using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.Editing;

/// <summary>Creates, changes and archives offerings, and sets who delivers them. Administrators only (checked by the schema).</summary>
public sealed class OfferingService(PlatformDbContext db, TimeProvider clock)
{
    public async Task<OfferingPayload> CreateAsync(OfferingInput input, CancellationToken cancellationToken)
    {
        var offering = OfferingRules.NewOffering();
        OfferingRules.Apply(offering, input);
        if (input.SlotIntervalMinutes is null && offering.DurationsMinutes.Count > 0)
            offering.SlotIntervalMinutes = offering.DurationsMinutes.Min();
        offering.Id = Guid.CreateVersion7();
        offering.CreatedAt = offering.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(offering, input.ProviderIds, isNew: true, cancellationToken);
    }

    public async Task<OfferingPayload> UpdateAsync(string offeringId, OfferingInput input, CancellationToken cancellationToken)
    {
        var offering = await FindAsync(offeringId, cancellationToken);
        if (offering is null)
            return NotFound();
        OfferingRules.Apply(offering, input);
        offering.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(offering, input.ProviderIds, isNew: false, cancellationToken);
    }

    /// <summary>Takes an offering off sale; its bookings keep pointing at it and it stays readable.</summary>
    public async Task<OfferingPayload> ArchiveAsync(string offeringId, CancellationToken cancellationToken)
    {
        var offering = await FindAsync(offeringId, cancellationToken);
        if (offering is null)
            return NotFound();
        if (offering.Status != OfferingStatus.Archived)
        {
            offering.Status = OfferingStatus.Archived;
            offering.ArchivedAt = offering.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return new OfferingPayload(offering);
    }

    public async Task<Offering?> FindAsync(string offeringId, CancellationToken cancellationToken) =>
        GlobalId.TryDecode(offeringId, OfferingType.TypeName) is { } id
            ? await db.Offerings.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;

    private async Task<OfferingPayload> SaveAsync(
        Offering offering,
        IReadOnlyList<string>? providerIds,
        bool isNew,
        CancellationToken cancellationToken
    )
    {
        var errors = OfferingRules.Check(offering).ToList();
        List<Guid>? providers = null;
        if (providerIds is not null)
        {
            providers = [.. providerIds.Select(id => GlobalId.TryDecode(id, ProviderType.TypeName) ?? Guid.Empty).Distinct()];
            var known = await db.Providers.Where(p => providers.Contains(p.Id)).CountAsync(cancellationToken);
            if (known != providers.Count)
                errors.Add(new UserError("PROVIDER_NOT_FOUND", "Every provider must be a provider of this organization.", "providerIds"));
        }
        if (errors.Count > 0)
            return new OfferingPayload(null) { UserErrors = errors };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (isNew)
            db.Offerings.Add(offering);
        if (providers is not null)
        {
            if (!isNew)
                await db.LockOfferingAsync(offering.Id, cancellationToken);
            await db.OfferingProviders.Where(l => l.OfferingId == offering.Id).ExecuteDeleteAsync(cancellationToken);
            db.OfferingProviders.AddRange(providers.Select(p => new OfferingProvider { OfferingId = offering.Id, ProviderId = p }));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OfferingPayload(offering);
    }

    private static OfferingPayload NotFound() =>
        new(null) { UserErrors = [new UserError("NOT_FOUND", "No such offering in this organization.", "id")] };
}
