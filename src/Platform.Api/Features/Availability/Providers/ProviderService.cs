using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Availability.Schedules;
using Platform.Api.Features.Organizations;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.Providers;

/// <summary>
/// Providers' hours, date overrides and blackouts. Administrators manage everyone's; a provider
/// manages their own. Organization-wide blackouts are for administrators.
/// </summary>
public sealed class ProviderService(PlatformDbContext db, TimeProvider clock)
{
    private static readonly StaffRole[] ProviderRoles = [StaffRole.Provider, StaffRole.Admin, StaffRole.Owner];

    /// <summary>Makes a member a provider (once) and replaces their zone and weekly hours.</summary>
    public async Task<ProviderPayload> SetScheduleAsync(
        PlatformUserContext caller,
        SetProviderScheduleInput input,
        CancellationToken cancellationToken
    )
    {
        var membershipId = GlobalId.TryDecode(input.MembershipId, MembershipType.TypeName);
        var membership = membershipId is null
            ? null
            : await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
            return Fail("NOT_FOUND", "No such member in this organization.", "membershipId");
        if (!MayManage(caller, membership.Id))
            return Fail("FORBIDDEN", "Only administrators set other members' hours.", "membershipId");
        if (membership.StaffRole is not { } role || !ProviderRoles.Contains(role))
            return Fail("NOT_A_PROVIDER", "Give the member the PROVIDER role (or ADMIN/OWNER) before setting hours.", "membershipId");
        if (OrganizationRules.CheckTimeZone(input.TimeZone) is { } zoneError)
            return new ProviderPayload(null) { UserErrors = [zoneError] };

        var rules = new List<AvailabilityRule>();
        var errors = new List<UserError>();
        foreach (var hours in input.WeeklyHours)
        {
            var (range, error) = AvailabilityRules.ParseRange(hours.Start, hours.End, "weeklyHours");
            if (error is not null)
                errors.Add(error);
            else
                rules.Add(
                    new AvailabilityRule
                    {
                        Id = Guid.CreateVersion7(),
                        DayOfWeek = (int)hours.DayOfWeek,
                        StartMinute = range!.Value.StartMinute,
                        EndMinute = range.Value.EndMinute,
                    }
                );
        }
        if (rules.GroupBy(r => r.DayOfWeek).Any(g => g.Count() > AvailabilityRules.MaxWindowsPerDay))
            errors.Add(new UserError("TOO_MANY_WINDOWS", $"At most {AvailabilityRules.MaxWindowsPerDay} windows per day.", "weeklyHours"));
        if (errors.Count > 0)
            return new ProviderPayload(null) { UserErrors = errors };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockMembershipAsync(membership.Id, cancellationToken);
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.MembershipId == membership.Id, cancellationToken);
        if (provider is null)
        {
            provider = new Provider
            {
                Id = Guid.CreateVersion7(),
                MembershipId = membership.Id,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Providers.Add(provider);
        }
        provider.TimeZone = input.TimeZone;
        await db.AvailabilityRules.Where(r => r.ProviderId == provider.Id).ExecuteDeleteAsync(cancellationToken);
        foreach (var rule in rules)
            rule.ProviderId = provider.Id;
        db.AvailabilityRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProviderPayload(provider);
    }

    /// <summary>Replaces one date's hours; no hours means a day off.</summary>
    public async Task<ProviderPayload> SetDateOverrideAsync(
        PlatformUserContext caller,
        SetDateOverrideInput input,
        CancellationToken cancellationToken
    )
    {
        var provider = await FindManageableAsync(caller, input.ProviderId, cancellationToken);
        if (provider.Error is not null)
            return new ProviderPayload(null) { UserErrors = [provider.Error] };

        var rows = new List<AvailabilityOverride>();
        foreach (var hours in input.Hours)
        {
            var (range, error) = AvailabilityRules.ParseRange(hours.Start, hours.End, "hours");
            if (error is not null)
                return new ProviderPayload(null) { UserErrors = [error] };
            rows.Add(
                new AvailabilityOverride
                {
                    Id = Guid.CreateVersion7(),
                    ProviderId = provider.Value!.Id,
                    Date = input.Date,
                    StartMinute = range!.Value.StartMinute,
                    EndMinute = range.Value.EndMinute,
                }
            );
        }
        if (rows.Count > AvailabilityRules.MaxWindowsPerDay)
            return Fail("TOO_MANY_WINDOWS", $"At most {AvailabilityRules.MaxWindowsPerDay} windows per day.", "hours");
        if (rows.Count == 0)
            rows.Add(
                new AvailabilityOverride
                {
                    Id = Guid.CreateVersion7(),
                    ProviderId = provider.Value!.Id,
                    Date = input.Date,
                }
            );

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockMembershipAsync(provider.Value!.MembershipId, cancellationToken);
        await db
            .AvailabilityOverrides.Where(o => o.ProviderId == provider.Value!.Id && o.Date == input.Date)
            .ExecuteDeleteAsync(cancellationToken);
        db.AvailabilityOverrides.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProviderPayload(provider.Value);
    }

    /// <summary>Returns a date to the weekly hours.</summary>
    public async Task<ProviderPayload> ClearDateOverrideAsync(
        PlatformUserContext caller,
        string providerId,
        DateOnly date,
        CancellationToken cancellationToken
    )
    {
        var provider = await FindManageableAsync(caller, providerId, cancellationToken);
        if (provider.Error is not null)
            return new ProviderPayload(null) { UserErrors = [provider.Error] };
        await db
            .AvailabilityOverrides.Where(o => o.ProviderId == provider.Value!.Id && o.Date == date)
            .ExecuteDeleteAsync(cancellationToken);
        return new ProviderPayload(provider.Value);
    }

    public async Task<BlackoutPayload> AddBlackoutAsync(
        PlatformUserContext caller,
        AddBlackoutInput input,
        CancellationToken cancellationToken
    )
    {
        Guid? providerId = null;
        if (input.ProviderId is not null)
        {
            var provider = await FindManageableAsync(caller, input.ProviderId, cancellationToken);
            if (provider.Error is not null)
                return new BlackoutPayload(null) { UserErrors = [provider.Error] };
            providerId = provider.Value!.Id;
        }
        else if (!caller.HasStaffRole([StaffRole.Owner, StaffRole.Admin]))
        {
            return new BlackoutPayload(null)
            {
                UserErrors = [new UserError("FORBIDDEN", "Only administrators close the whole organization.", "providerId")],
            };
        }
        if (input.EndsAt <= input.StartsAt)
            return new BlackoutPayload(null)
            {
                UserErrors = [new UserError("INVALID_RANGE", "A blackout ends after it starts.", "endsAt")],
            };
        if (input.Reason is { Length: > 200 })
            return new BlackoutPayload(null)
            {
                UserErrors = [new UserError("INVALID_REASON", "The reason is at most 200 characters.", "reason")],
            };

        var blackout = new Blackout
        {
            Id = Guid.CreateVersion7(),
            ProviderId = providerId,
            StartsAt = input.StartsAt.ToUniversalTime(),
            EndsAt = input.EndsAt.ToUniversalTime(),
            Reason = input.Reason,
        };
        db.Blackouts.Add(blackout);
        await db.SaveChangesAsync(cancellationToken);
        return new BlackoutPayload(blackout);
    }

    public async Task<RemoveBlackoutPayload> RemoveBlackoutAsync(
        PlatformUserContext caller,
        string blackoutId,
        CancellationToken cancellationToken
    )
    {
        var id = GlobalId.TryDecode(blackoutId, BlackoutType.TypeName);
        var blackout = id is null ? null : await db.Blackouts.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (blackout is null)
            return new RemoveBlackoutPayload(null)
            {
                UserErrors = [new UserError("NOT_FOUND", "No such blackout in this organization.", "id")],
            };
        if (!caller.HasStaffRole([StaffRole.Owner, StaffRole.Admin]))
        {
            // Integration clients have no membership, so only an administrator client may remove blackouts.
            var own =
                blackout.ProviderId is { } providerId
                && caller.Membership?.Id is { } membershipId
                && await db.Providers.AnyAsync(p => p.Id == providerId && p.MembershipId == membershipId, cancellationToken);
            if (!own)
                return new RemoveBlackoutPayload(null)
                {
                    UserErrors = [new UserError("FORBIDDEN", "Only administrators remove this blackout.", "id")],
                };
        }
        db.Blackouts.Remove(blackout);
        await db.SaveChangesAsync(cancellationToken);
        return new RemoveBlackoutPayload(blackout.Id);
    }

    private async Task<(Provider? Value, UserError? Error)> FindManageableAsync(
        PlatformUserContext caller,
        string providerId,
        CancellationToken cancellationToken
    )
    {
        var id = GlobalId.TryDecode(providerId, ProviderType.TypeName);
        var provider = id is null ? null : await db.Providers.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (provider is null)
            return (null, new UserError("NOT_FOUND", "No such provider in this organization.", "providerId"));
        if (!MayManage(caller, provider.MembershipId))
            return (null, new UserError("FORBIDDEN", "Only administrators change other providers' hours.", "providerId"));
        return (provider, null);
    }

    private static bool MayManage(PlatformUserContext caller, Guid membershipId) =>
        caller.HasStaffRole([StaffRole.Owner, StaffRole.Admin]) || caller.Membership?.Id == membershipId;

    private static ProviderPayload Fail(string code, string message, string field) =>
        new(null) { UserErrors = [new UserError(code, message, field)] };
}
