using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

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
        Field(t => t.LogoUrl, nullable: true).Description("Shown in its emails and pages.");
        Field(t => t.BrandColor, nullable: true).Description("#rrggbb of its emails and pages.");
        Field(t => t.DefaultLanguage).Description("en or de: the language of messages to people who chose none.");
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
                if (after is { } cursor)
                    query = query.Where(m => m.Id.CompareTo(cursor) > 0);
                var page = await query.OrderBy(m => m.Id).Take(first + 1).ToListAsync(c.CancellationToken);
                var edges = page.Take(first)
                    .Select(m => new Edge<Membership> { Node = m, Cursor = GlobalId.Encode(MembershipType.TypeName, m.Id) })
                    .ToList();
                return new CountedConnection<Membership>(ct => whole.CountAsync(ct))
                {
                    Edges = edges,
                    PageInfo = new PageInfo
                    {
                        HasNextPage = page.Count > first,
                        HasPreviousPage = after is not null,
                        StartCursor = edges.FirstOrDefault()?.Cursor,
                        EndCursor = edges.LastOrDefault()?.Cursor,
                    },
                };
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationType>>>>("pendingInvitations")
            .Description("Invitations not yet accepted or expired. Administrators only.")
            .RequireAdministrator()
            .ResolveAsync(async c =>
            {
                var now = c.Service<TimeProvider>().GetUtcNow();
                return await c.Db()
                    .Invitations.AsNoTracking()
                    .Where(i => i.AcceptedAt == null && i.ExpiresAt > now)
                    .OrderBy(i => i.CreatedAt)
                    .ToListAsync(c.CancellationToken);
            });
        Field<DateTimeOffsetGraphType>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
