using GraphQL;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Realtime;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>
/// Who subscribed, as of subscribe time. Re-checked on every event against the membership cache:
/// a membership removed or changed since ends the stream, so a removed member stops receiving.
/// </summary>
public sealed record Watcher(Guid TenantId, string TimeZone, Guid? UserId, Guid? MembershipId, StaffRole? StaffRole)
{
    public static Watcher Of(PlatformUserContext caller)
    {
        if (caller.Tenant is not { } tenant)
            throw new ExecutionError("Subscribe at /t/{slug}/graphql or name the organization in connection_init.")
            {
                Code = "NO_ORGANIZATION",
            };
        if (caller.TokenTenantMismatch)
            throw new ExecutionError("This token belongs to another organization.") { Code = "FORBIDDEN" };
        return new Watcher(tenant.Id, tenant.TimeZone, caller.UserId, caller.Membership?.Id, caller.StaffRole);
    }

    public async ValueTask<bool> StillAllowedAsync(MembershipCache memberships)
    {
        if (MembershipId is null || UserId is not { } userId)
            return true;
        var grant = await memberships.GetAsync(TenantId, userId);
        return grant is not null && grant.MembershipId == MembershipId && grant.StaffRole == StaffRole;
    }

    /// <summary>The event is about this watcher's own membership (checked at once, not at the next booking).</summary>
    public bool IsAbout(RealtimeEvent change) => change is MembershipChanged m && m.UserId == UserId;

    public static ExecutionError AccessChanged() =>
        new("Your access to this organization changed; subscribe again.") { Code = "FORBIDDEN" };
}
