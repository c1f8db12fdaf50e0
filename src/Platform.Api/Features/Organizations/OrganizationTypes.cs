using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations;

public sealed class StaffRoleEnum : EnumerationGraphType<StaffRole>
{
    public StaffRoleEnum()
    {
        Name = "StaffRole";
        Description = "What a member may do in an organization. Customers have none.";
    }
}

public sealed class TenantStatusEnum : EnumerationGraphType<TenantStatus>
{
    public TenantStatusEnum() => Name = "OrganizationStatus";
}

public sealed class OrganizationType : ObjectGraphType<Tenant>
{
    public const string TypeName = "Organization";

    public OrganizationType()
    {
        this.ImplementNode(TypeName, t => t.Id);
        Description = "An organization (tenant) that sells sessions, lessons and workshops.";
        Field(t => t.Slug).Description("Used in URLs: /t/{slug}/graphql.");
        Field(t => t.Name);
        Field(t => t.TimeZone).Description("IANA time zone the organization schedules in by default.");
        Field(t => t.Currency).Description("ISO 4217 currency of its prices.");
        Field<NonNullGraphType<TenantStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerRoleType>>>>("customerRoles")
            .Description("Customer roles defined here; every customer also has the implicit role 'public'.")
            .Resolve(c => c.Loaders().CustomerRolesByTenant(c.Db()).Load(c.Source.Id));
        Connection<MembershipType>("members")
            .Description("Members of the organization, oldest first. Staff only.")
            .RequireStaff()
            .PageSize(50)
            .MaxPageSize(200)
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.First ?? 50, 0, 200);
                var after = c.After is null ? (Guid?)null : GlobalId.TryDecode(c.After, MembershipType.TypeName);
                var query = c.Db().Memberships.AsNoTracking().Where(m => m.TenantId == c.Source.Id);
                var whole = query;
                if (after is { } cursor) query = query.Where(m => m.Id.CompareTo(cursor) > 0);
                var page = await query.OrderBy(m => m.Id).Take(first + 1).ToListAsync(c.CancellationToken);
                var edges = page.Take(first).Select(m => new Edge<Membership> { Node = m, Cursor = GlobalId.Encode(MembershipType.TypeName, m.Id) }).ToList();
                return new CountedConnection<Membership>(ct => whole.CountAsync(ct))
                {
                    Edges = edges,
                    PageInfo = new PageInfo { HasNextPage = page.Count > first, HasPreviousPage = after is not null, StartCursor = edges.FirstOrDefault()?.Cursor, EndCursor = edges.LastOrDefault()?.Cursor },
                };
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationType>>>>("pendingInvitations")
            .Description("Invitations not yet accepted or expired. Administrators only.")
            .RequireAdministrator()
            .ResolveAsync(async c =>
            {
                var now = c.Service<TimeProvider>().GetUtcNow();
                return await c.Db().Invitations.AsNoTracking()
                    .Where(i => i.AcceptedAt == null && i.ExpiresAt > now)
                    .OrderBy(i => i.CreatedAt).ToListAsync(c.CancellationToken);
            });
        Field<DateTimeOffsetGraphType>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public const string TypeName = "Membership";

    public MembershipType()
    {
        this.ImplementNode(TypeName, m => m.Id);
        Description = "A user's place in one organization.";
        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(c => c.Loaders().TenantsById(c.Db()).Load(c.Source.TenantId));
        Field<NonNullGraphType<UserType>>("user").Resolve(c => c.Loaders().UsersById(c.Db()).Load(c.Source.UserId));
        Field<StaffRoleEnum>("staffRole").Description("Null for customers.").Resolve(c => c.Source.StaffRole);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("customerRoles")
            .Description("Assigned customer role keys, always including 'public'.")
            .Resolve(c => new[] { CustomerRole.Public }.Concat(c.Source.CustomerRoles).ToList());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

public sealed class CustomerRoleType : ObjectGraphType<CustomerRole>
{
    public const string TypeName = "CustomerRole";

    public CustomerRoleType()
    {
        this.ImplementNode(TypeName, r => r.Id);
        Description = "An organization-defined customer role that prices can depend on.";
        Field(r => r.Key);
        Field(r => r.Name);
        Field(r => r.Description, nullable: true);
    }
}

public sealed class InvitationType : ObjectGraphType<Invitation>
{
    public const string TypeName = "Invitation";

    public InvitationType()
    {
        this.ImplementNode(TypeName, i => i.Id);
        Field(i => i.Email);
        Field<StaffRoleEnum>("staffRole").Resolve(c => c.Source.StaffRole);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("customerRoles").Resolve(c => c.Source.CustomerRoles);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeOffsetGraphType>("acceptedAt").Resolve(c => c.Source.AcceptedAt);
    }
}

public sealed class UserType : ObjectGraphType<User>
{
    public const string TypeName = "User";

    public UserType()
    {
        this.ImplementNode(TypeName, u => u.Id);
        Description = "A person's account, shared by every organization they belong to.";
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email);
        Field(u => u.DisplayName);
        Field(u => u.EmailConfirmed).Description("Whether the account proved it owns its email (confirmEmail or a password reset).");
    }
}

/// <summary>The caller: their account, every membership, and the one in the resolved organization.</summary>
public sealed record Viewer(Guid UserId, Guid? TenantId);

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<UserType>>("user").Resolve(c => c.Loaders().UsersById(c.Db()).Load(c.Source.UserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("Every organization you belong to.")
            .Resolve(c => c.Loaders().MembershipsByUser(c.Db()).Load(c.Source.UserId));
        Field<MembershipType>("membership")
            .Description("Your membership in the resolved organization, if any.")
            .Resolve(c => c.Caller().Membership);
    }
}
