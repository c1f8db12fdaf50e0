using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// Whose calendars a caller may manage: their own (as a provider), or any provider's (owners and administrators).
/// A foreign or unknown id is NOT_FOUND, the same answer whether it exists elsewhere or nowhere.
/// </summary>
public sealed class ProviderAccess(PlatformDbContext db)
{
    private static readonly StaffRole[] Administrators = [StaffRole.Owner, StaffRole.Admin];

    public static bool IsAdministrator(PlatformUserContext caller) => caller.HasStaffRole(Administrators);

    /// <summary>The provider named (or the caller's own when null), or the error to return.</summary>
    public async Task<(Provider? Provider, UserError? Error)> ResolveAsync(
        PlatformUserContext caller, string? providerId, CancellationToken cancellationToken)
    {
        Provider? provider;
        if (providerId is null)
        {
            provider = caller.Membership is { } membership
                ? await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.MembershipId == membership.Id, cancellationToken)
                : null;
            return provider is null
                ? (null, new UserError("NOT_A_PROVIDER", "You are not a provider here; name the provider.", "providerId"))
                : (provider, null);
        }

        var id = GlobalId.TryDecode(providerId, ProviderType.TypeName);
        provider = id is null ? null : await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (provider is null) return (null, new UserError("NOT_FOUND", "No such provider in this organization.", "providerId"));
        return MayManage(caller, provider)
            ? (provider, null)
            : (null, new UserError("FORBIDDEN", "Only administrators manage other providers' calendars.", "providerId"));
    }

    public static bool MayManage(PlatformUserContext caller, Provider provider) =>
        IsAdministrator(caller) || (caller.Membership is { } membership && membership.Id == provider.MembershipId);

    /// <summary>A connection the caller may manage, or null (unknown, foreign, or another provider's for a non-administrator).</summary>
    public async Task<CalendarConnection?> ConnectionAsync(
        PlatformUserContext caller, string connectionId, CancellationToken cancellationToken)
    {
        if (CalendarConnectionIds.Parse(connectionId) is not { } id) return null;
        var connection = await db.CalendarConnections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (connection is null) return null;
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == connection.ProviderId, cancellationToken);
        return MayManage(caller, provider) ? connection : null;
    }
}
