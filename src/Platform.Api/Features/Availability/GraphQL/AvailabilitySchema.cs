using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Availability.Providers;
using Platform.Api.Features.Availability.Schedules;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>The availability feature's root fields: providers, slots, hours and blackouts.</summary>
public static class AvailabilitySchema
{
    /// <summary>Bounds of the lists below: a page of them is the whole answer, stated in their descriptions.</summary>
    public const int MaxProviders = 500;

    public const int MaxBlackouts = 1000;

    public static void AddAvailabilityQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderType>>>>("providers")
            .Description($"The organization's providers, oldest first, at most {MaxProviders} (bounded). Public: anyone may ask.")
            .ResolveAsync(async c =>
                c.Caller().Tenant is null
                    ? new List<Provider>()
                    : await c.Db().Providers.AsNoTracking().OrderBy(p => p.CreatedAt).Take(MaxProviders).ToListAsync(c.CancellationToken)
            );

        query
            .Field<NonNullGraphType<AvailableSlotsType>>("availableSlots")
            .Description(
                $"Bookable starts between two local dates (inclusive, at most {SlotService.MaxRangeDays} days) in "
                    + $"timeZone (default: the organization's). Without providerId, any provider. "
                    + $"Costs days × providers × {SlotCost.PerProviderDay} against the complexity limit "
                    + $"({SlotCost.AssumedProviders} providers assumed without providerId). "
                    + "Public: anyone may ask."
            )
            .Argument<NonNullGraphType<IdGraphType>>("offeringId")
            .Argument<IdGraphType>("providerId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Argument<StringGraphType>("timeZone", "IANA zone, e.g. Asia/Kolkata.")
            .Argument<IntGraphType>("durationMinutes", "One of the offering's durations; default the shortest.")
            .Argument<IntGraphType>("seats", a =>
            {
                a.DefaultValue = 1;
                a.Description = "Only occurrences with this many seats left.";
            })
            .Argument<BooleanGraphType>("includeFull", a =>
            {
                a.DefaultValue = false;
                a.Description = "Also full group occurrences (to join a waitlist).";
            })
            .WithComplexityImpact(SlotCost.Of)
            .ResolveAsync(async c =>
            {
                if (c.Caller().Tenant is not { } tenant)
                    return SlotSearchResult.Failed(
                        new UserError("ORGANIZATION_REQUIRED", "Ask at the organization's address, /t/{slug}/graphql.")
                    );
                var search = new SlotSearch(
                    c.GetArgument<string>("offeringId"),
                    c.GetArgument<string?>("providerId"),
                    c.GetArgument<DateOnly>("from"),
                    c.GetArgument<DateOnly>("to"),
                    c.GetArgument<string?>("timeZone")
                )
                {
                    DurationMinutes = c.GetArgument<int?>("durationMinutes"),
                    Seats = c.GetArgument<int?>("seats") ?? 1,
                    IncludeFull = c.GetArgument<bool?>("includeFull") ?? false,
                };
                return await c.Service<SlotService>().FindAsync(search, tenant.TimeZone, c.CancellationToken);
            });

        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlackoutType>>>>("blackouts")
            .Description(
                $"Blackouts overlapping [from, to): the organization's and every provider's, earliest first, at most "
                    + $"{MaxBlackouts} (bounded). Staff only."
            )
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .RequireStaff()
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to"));
                return await c.Db()
                    .Blackouts.AsNoTracking()
                    .Where(b => b.StartsAt < to && b.EndsAt > from)
                    .OrderBy(b => b.StartsAt)
                    .Take(MaxBlackouts)
                    .ToListAsync(c.CancellationToken);
            });
    }

    public static void AddAvailabilityMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<ProviderPayloadType>>("setProviderSchedule")
            .Description(
                "Makes a member a provider (once) and replaces their time zone and weekly hours. Administrators, or the provider "
                + "themselves."
            )
            .Argument<NonNullGraphType<SetProviderScheduleInputType>>("input")
            .RequireStaff()
            .ResolveAsync(async c =>
                await c.Service<ProviderService>()
                    .SetScheduleAsync(c.Caller(), c.GetArgument<SetProviderScheduleInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<ProviderPayloadType>>("setDateOverride")
            .Description("Replaces one date's hours (empty for a day off).")
            .Argument<NonNullGraphType<SetDateOverrideInputType>>("input")
            .RequireStaff()
            .ResolveAsync(async c =>
                await c.Service<ProviderService>()
                    .SetDateOverrideAsync(c.Caller(), c.GetArgument<SetDateOverrideInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<ProviderPayloadType>>("clearDateOverride")
            .Description("Returns a date to the weekly hours.")
            .Argument<NonNullGraphType<IdGraphType>>("providerId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .RequireStaff()
            .ResolveAsync(async c =>
                await c.Service<ProviderService>()
                    .ClearDateOverrideAsync(
                        c.Caller(),
                        c.GetArgument<string>("providerId"),
                        c.GetArgument<DateOnly>("date"),
                        c.CancellationToken
                    )
            );

        mutation
            .Field<NonNullGraphType<BlackoutPayloadType>>("addBlackout")
            .Argument<NonNullGraphType<AddBlackoutInputType>>("input")
            .RequireStaff()
            .ResolveAsync(async c =>
                await c.Service<ProviderService>()
                    .AddBlackoutAsync(c.Caller(), c.GetArgument<AddBlackoutInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<RemoveBlackoutPayloadType>>("removeBlackout")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireStaff()
            .ResolveAsync(async c =>
                await c.Service<ProviderService>().RemoveBlackoutAsync(c.Caller(), c.GetArgument<string>("id"), c.CancellationToken)
            );
    }
}
