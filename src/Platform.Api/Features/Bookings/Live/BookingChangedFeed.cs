using GraphQL;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>
/// bookingChanged: administrators and staff hear every booking of their organization (optionally
/// one offering's or provider's), a provider their own agenda, a customer their own bookings. The
/// event's ids decide relevance in memory; the booking itself is loaded once per event for all.
/// </summary>
public sealed class BookingChangedFeed(RealtimeHub hub, ICurrentTenant currentTenant, MembershipCache memberships, LiveLoads loads)
{
    public async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var watcher = Watcher.Of(caller);
        var offeringFilter = Decode(context.GetArgument<string?>("offeringId"), OfferingType.TypeName, "offering");
        var providerFilter = Decode(context.GetArgument<string?>("providerId"), ProviderType.TypeName, "provider");
        var seesAll = BookingAccess.SeesAll(caller);
        var ownProvider = await context.Service<BookingAccess>().OwnProviderIdAsync(caller, context.CancellationToken);
        if (!seesAll && providerFilter is { } asked && asked != ownProvider)
            throw new ExecutionError("Only administrators and staff may follow another provider's bookings.") { Code = "FORBIDDEN" };
        if (!seesAll && watcher.UserId is null && ownProvider is null)
            throw new ExecutionError("Nothing here is yours to follow.") { Code = "FORBIDDEN" };

        bool Relevant(BookingChanged change)
        {
            var mine =
                seesAll
                || (watcher.UserId is { } me && change.CustomerUserId == me)
                || (ownProvider is { } own && change.Touched.Any(t => t.ProviderId == own));
            return mine
                && (offeringFilter is null || change.OfferingId == offeringFilter)
                && (providerFilter is null || change.Touched.Any(t => t.ProviderId == providerFilter));
        }

        async ValueTask<EventOutcome> SelectAsync(IReadOnlyList<RealtimeEvent> batch, CancellationToken cancellationToken)
        {
            var change = batch[0];
            if (watcher.IsAbout(change))
                return await watcher.StillAllowedAsync(memberships) ? EventOutcome.Skip : EventOutcome.Stop(Watcher.AccessChanged());
            if (change is not BookingChanged booking || !Relevant(booking))
                return EventOutcome.Skip;
            if (!await watcher.StillAllowedAsync(memberships))
                return EventOutcome.Stop(Watcher.AccessChanged());
            return await loads.BookingAsync(booking) is { } loaded ? EventOutcome.Send(loaded) : EventOutcome.Skip;
        }

        return new EventStream(hub, currentTenant, watcher.TenantId, watcher.UserId, SelectAsync);
    }

    /// <summary>A filter id must name a row of the right type; a wrong one is an error now, not silence forever.</summary>
    internal static Guid? Decode(string? globalId, string typeName, string what) =>
        globalId is null
            ? null
            : GlobalId.TryDecode(globalId, typeName)
                ?? throw new ExecutionError($"'{globalId}' is not a {what} id.") { Code = "INVALID_ID" };
}
