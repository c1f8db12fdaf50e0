using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.Features.Organizations.Members;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;
using Platform.Tenancy;
using Platform.Tenancy.Resolution;

namespace Platform.Api.Features.Organizations.Administration;

/// <summary>
/// Organizations and their members. Every read and write of tenant-owned rows goes through the
/// tenant-filtered context (and RLS beneath it), so a foreign id is simply "not found".
/// </summary>
public sealed class OrganizationService(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    UserManager<User> users,
    TimeProvider clock
)
{
    public async Task<OrganizationPayload> CreateAsync(Guid creatorId, CreateOrganizationInput input, CancellationToken cancellationToken)
    {
        var slug = input.Slug?.Trim().ToLowerInvariant();
        var errors = new[]
        {
            OrganizationRules.CheckName(input.Name),
            OrganizationRules.CheckSlug(slug),
            OrganizationRules.CheckTimeZone(input.TimeZone),
            OrganizationRules.CheckCurrency(input.Currency),
        }
            .OfType<UserError>()
            .ToList();
        if (errors.Count > 0)
            return new OrganizationPayload(null) { UserErrors = errors };

        var now = clock.GetUtcNow();
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Slug = slug!,
            Name = input.Name.Trim(),
            TimeZone = input.TimeZone,
            Currency = input.Currency,
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Tenants.Add(tenant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new OrganizationPayload(null)
            {
                UserErrors = [new UserError("SLUG_TAKEN", $"The slug '{slug}' is already taken.", "slug")],
            };
        }

        // The creator becomes OWNER, written under the new tenant so RLS's WITH CHECK admits it.
        await using (await db.EnterTenantAsync(tenant.Id, cancellationToken))
        {
            db.Memberships.Add(
                new Membership
                {
                    Id = Guid.CreateVersion7(),
                    UserId = creatorId,
                    StaffRole = StaffRole.Owner,
                    CreatedAt = now,
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        // Someone may have asked for this slug a moment ago: "unknown" must not outlive the creation.
        tenants.Invalidate(tenant);
        return new OrganizationPayload(tenant);
    }

    public async Task<OrganizationPayload> UpdateAsync(UpdateOrganizationInput input, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == RequireTenant(), cancellationToken);
        var errors = new List<UserError>();
        if (input.Name is not null)
            Collect(errors, OrganizationRules.CheckName(input.Name), () => tenant.Name = input.Name.Trim());
        if (input.TimeZone is not null)
            Collect(errors, OrganizationRules.CheckTimeZone(input.TimeZone), () => tenant.TimeZone = input.TimeZone);
        if (input.Currency is not null)
            Collect(errors, OrganizationRules.CheckCurrency(input.Currency), () => tenant.Currency = input.Currency);
        if (input.LogoUrl is not null)
            Collect(errors, BrandingRules.CheckLogoUrl(input.LogoUrl),
                () => tenant.LogoUrl = input.LogoUrl.Length == 0 ? null : input.LogoUrl);
        if (input.BrandColor is not null)
            Collect(errors, BrandingRules.CheckBrandColor(input.BrandColor),
                () => tenant.BrandColor = input.BrandColor.Length == 0 ? null : input.BrandColor.ToLowerInvariant());
        if (input.DefaultLanguage is not null)
            Collect(errors, BrandingRules.CheckLanguage(input.DefaultLanguage, "defaultLanguage"),
                () => tenant.DefaultLanguage = input.DefaultLanguage);
        if (errors.Count > 0)
            return new OrganizationPayload(null) { UserErrors = errors };

        await db.SaveChangesAsync(cancellationToken);
        tenants.Invalidate(tenant);
        return new OrganizationPayload(tenant);
    }

    /// <summary>Adds an existing account directly; for people without an account, invite instead.</summary>
    public async Task<MembershipPayload> AddMemberAsync(MemberInput input, CancellationToken cancellationToken)
    {
        var roleError = await CheckCustomerRolesAsync(input.CustomerRoles, cancellationToken);
        if (roleError is not null)
            return new MembershipPayload(null) { UserErrors = [roleError] };

        var user = OrganizationRules.IsEmail(input.Email) ? await users.FindByEmailAsync(input.Email) : null;
        if (user is null)
            return new MembershipPayload(null)
            {
                UserErrors = [new UserError("USER_NOT_FOUND", "No account has this email; send an invitation instead.", "email")],
            };

        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken))
            return new MembershipPayload(null)
            {
                UserErrors = [new UserError("ALREADY_MEMBER", "This person is already a member.", "email")],
            };

        var membership = new Membership
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            StaffRole = input.StaffRole,
            CustomerRoles = [.. (input.CustomerRoles ?? []).Distinct()],
            CreatedAt = clock.GetUtcNow(),
        };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return new MembershipPayload(membership);
    }

    public async Task<MembershipPayload> SetStaffRoleAsync(
        StaffRole? actorRole,
        Guid membershipId,
        StaffRole? staffRole,
        CancellationToken cancellationToken
    )
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
            return NotFound();

        // Only owners hand out or take away ownership, and an organization always keeps one owner.
        var touchesOwner = membership.StaffRole == StaffRole.Owner || staffRole == StaffRole.Owner;
        if (touchesOwner && actorRole != StaffRole.Owner)
            return new MembershipPayload(null)
            {
                UserErrors = [new UserError("OWNER_REQUIRED", "Only an owner can grant or revoke the OWNER role.", "staffRole")],
            };
        if (
            membership.StaffRole == StaffRole.Owner
            && staffRole != StaffRole.Owner
            && await IsLastOwnerAsync(membership, cancellationToken)
        )
            return new MembershipPayload(null)
            {
                UserErrors = [new UserError("LAST_OWNER", "The organization must keep at least one owner.", "staffRole")],
            };

        membership.StaffRole = staffRole;
        await db.SaveChangesAsync(cancellationToken);
        return new MembershipPayload(membership);
    }

    public async Task<MembershipPayload> AssignCustomerRolesAsync(
        Guid membershipId,
        IReadOnlyList<string> roles,
        CancellationToken cancellationToken
    )
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
            return NotFound();

        var roleError = await CheckCustomerRolesAsync(roles, cancellationToken);
        if (roleError is not null)
            return new MembershipPayload(null) { UserErrors = [roleError] };

        membership.CustomerRoles = [.. roles.Distinct()];
        await db.SaveChangesAsync(cancellationToken);
        return new MembershipPayload(membership);
    }

    public async Task<RemoveMemberPayload> RemoveMemberAsync(StaffRole? actorRole, Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
            return new RemoveMemberPayload(null) { UserErrors = [NotFoundError()] };
        if (membership.StaffRole == StaffRole.Owner && actorRole != StaffRole.Owner)
            return new RemoveMemberPayload(null)
            {
                UserErrors = [new UserError("OWNER_REQUIRED", "Only an owner can remove an owner.", "membershipId")],
            };
        if (membership.StaffRole == StaffRole.Owner && await IsLastOwnerAsync(membership, cancellationToken))
            return new RemoveMemberPayload(null)
            {
                UserErrors = [new UserError("LAST_OWNER", "The organization must keep at least one owner.", "membershipId")],
            };

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return new RemoveMemberPayload(membership.Id);
    }

    public async Task<CustomerRolePayload> DefineCustomerRoleAsync(DefineCustomerRoleInput input, CancellationToken cancellationToken)
    {
        var errors = new[] { OrganizationRules.CheckCustomerRoleKey(input.Key), OrganizationRules.CheckName(input.Name) }
            .OfType<UserError>()
            .ToList();
        if (input.Description is { Length: > 500 })
            errors.Add(new UserError("INVALID_DESCRIPTION", "The description is limited to 500 characters.", "description"));
        if (errors.Count > 0)
            return new CustomerRolePayload(null) { UserErrors = errors };

        var role = new CustomerRole
        {
            Id = Guid.CreateVersion7(),
            Key = input.Key,
            Name = input.Name.Trim(),
            Description = input.Description,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CustomerRoles.Add(role);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new CustomerRolePayload(null)
            {
                UserErrors = [new UserError("ROLE_EXISTS", $"The role '{input.Key}' is already defined.", "key")],
            };
        }

        return new CustomerRolePayload(role);
    }

    private async Task<UserError?> CheckCustomerRolesAsync(IReadOnlyList<string>? roles, CancellationToken cancellationToken)
    {
        if (roles is null || roles.Count == 0)
            return null;
        var defined = await db.CustomerRoles.Where(r => roles.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken);
        var unknown = roles.Except(defined).ToList();
        return unknown.Count == 0
            ? null
            : new UserError("UNKNOWN_ROLE", $"Define these customer roles first: {string.Join(", ", unknown)}.", "customerRoles");
    }

    private Task<bool> IsLastOwnerAsync(Membership membership, CancellationToken cancellationToken) =>
        db.Memberships.AllAsync(m => m.Id == membership.Id || m.StaffRole != StaffRole.Owner, cancellationToken);

    private Guid RequireTenant() => currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");

    private static void Collect(List<UserError> errors, UserError? error, Action apply)
    {
        if (error is null)
            apply();
        else
            errors.Add(error);
    }

    private static UserError NotFoundError() => new("NOT_FOUND", "No such member in this organization.", "membershipId");

    private static MembershipPayload NotFound() => new(null) { UserErrors = [NotFoundError()] };
}
