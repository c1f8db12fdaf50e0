using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Offerings.Editing;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Offerings.GraphQL;

/// <summary>The offering feature's root fields.</summary>
public static class OfferingSchema
{
    /// <summary>Offerings listed at most; an organization sells a catalogue, not an inventory.</summary>
    public const int MaxListed = 500;

    public static void AddOfferingQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingType>>>>("offerings")
            .Description(
                $"The organization's offerings on sale, by name, at most {MaxListed} (bounded). Staff may include "
                    + $"archived ones. Public: anyone may ask."
            )
            .Argument<BooleanGraphType>("includeArchived", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                if (c.Caller().Tenant is null)
                    return new List<Offering>();
                var archivedToo = (c.GetArgument<bool?>("includeArchived") ?? false) && c.Caller().StaffRole is not null;
                return await c.Db()
                    .Offerings.AsNoTracking()
                    .Where(o => archivedToo || o.Status == OfferingStatus.Active)
                    .OrderBy(o => o.Name)
                    .ThenBy(o => o.Id)
                    .Take(MaxListed)
                    .ToListAsync(c.CancellationToken);
            });
    }

    public static void AddOfferingMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<OfferingPayloadType>>("createOffering")
            .Argument<NonNullGraphType<OfferingInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<OfferingService>().CreateAsync(c.GetArgument<OfferingInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<OfferingPayloadType>>("updateOffering")
            .Description("Changes the fields given; bookings already made keep their snapshot.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<OfferingInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<OfferingService>()
                    .UpdateAsync(c.GetArgument<string>("id"), c.GetArgument<OfferingInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<OfferingPayloadType>>("archiveOffering")
            .Description("Takes it off sale; it stays readable on old bookings.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<OfferingService>().ArchiveAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
