using System.Security.Claims;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.UnitTests.Authorization;

public class FieldAuthorizationRuleTests
{
    private static readonly Tenant Acme = new() { Id = Guid.NewGuid(), Slug = "acme", Name = "Acme" };

    private static ClaimsPrincipal SignedIn() =>
        new(new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString())], authenticationType: "Bearer"));

    private static PlatformUserContext Anonymous() => new();

    private static PlatformUserContext User(Tenant? tenant = null, Membership? membership = null, StaffRole? clientRole = null, bool mismatch = false) =>
        new()
        {
            Principal = SignedIn(),
            UserId = Guid.NewGuid(),
            Tenant = tenant,
            Membership = membership,
            ClientStaffRole = clientRole,
            TokenTenantMismatch = mismatch,
        };

    private static Membership Staff(StaffRole? role) => new() { Id = Guid.NewGuid(), TenantId = Acme.Id, StaffRole = role };

    [Theory]
    [InlineData(AccessLevel.Authenticated)]
    [InlineData(AccessLevel.Member)]
    [InlineData(AccessLevel.Staff)]
    public void Anonymous_caller_is_unauthenticated_at_every_level(AccessLevel level)
    {
        Assert.Equal(AuthorizationFailure.Unauthenticated, FieldAuthorizationRule.Check(Anonymous(), level, []));
    }

    [Fact]
    public void Identity_without_authentication_type_counts_as_anonymous()
    {
        var user = new PlatformUserContext { Principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x")])), Tenant = Acme, Membership = Staff(StaffRole.Owner) };

        Assert.Equal(AuthorizationFailure.Unauthenticated, FieldAuthorizationRule.Check(user, AccessLevel.Member, []));
    }

    [Fact]
    public void Signed_in_caller_passes_authenticated_level_without_an_organization()
    {
        Assert.Null(FieldAuthorizationRule.Check(User(), AccessLevel.Authenticated, []));
    }

    [Theory]
    [InlineData(AccessLevel.Member)]
    [InlineData(AccessLevel.Staff)]
    public void Signed_in_caller_without_tenant_has_no_organization(AccessLevel level)
    {
        Assert.Equal(AuthorizationFailure.NoOrganization, FieldAuthorizationRule.Check(User(), level, []));
    }

    [Theory]
    [InlineData(AccessLevel.Member)]
    [InlineData(AccessLevel.Staff)]
    public void Signed_in_non_member_is_not_a_member(AccessLevel level)
    {
        Assert.Equal(AuthorizationFailure.NotMember, FieldAuthorizationRule.Check(User(Acme), level, []));
    }

    [Fact]
    public void Customer_passes_member_level()
    {
        Assert.Null(FieldAuthorizationRule.Check(User(Acme, Staff(null)), AccessLevel.Member, []));
    }

    [Fact]
    public void Customer_at_staff_level_is_missing_a_role()
    {
        var customer = User(Acme, Staff(null));

        Assert.Equal(AuthorizationFailure.MissingRole, FieldAuthorizationRule.Check(customer, AccessLevel.Staff, []));
        Assert.Equal(AuthorizationFailure.MissingRole, FieldAuthorizationRule.Check(customer, AccessLevel.Staff, StaffRoles.Administrators));
    }

    [Theory]
    [InlineData(StaffRole.Owner)]
    [InlineData(StaffRole.Admin)]
    public void Administrators_pass_admin_level(StaffRole role)
    {
        Assert.Null(FieldAuthorizationRule.Check(User(Acme, Staff(role)), AccessLevel.Staff, StaffRoles.Administrators));
    }

    [Theory]
    [InlineData(StaffRole.Provider)]
    [InlineData(StaffRole.Staff)]
    public void Non_administrator_staff_fail_admin_level(StaffRole role)
    {
        Assert.Equal(AuthorizationFailure.MissingRole, FieldAuthorizationRule.Check(User(Acme, Staff(role)), AccessLevel.Staff, StaffRoles.Administrators));
    }

    [Theory]
    [InlineData(StaffRole.Owner)]
    [InlineData(StaffRole.Admin)]
    [InlineData(StaffRole.Provider)]
    [InlineData(StaffRole.Staff)]
    public void Any_staff_role_passes_staff_level_without_listed_roles(StaffRole role)
    {
        Assert.Null(FieldAuthorizationRule.Check(User(Acme, Staff(role)), AccessLevel.Staff, []));
    }

    [Fact]
    public void Integration_client_acts_with_its_staff_role()
    {
        var client = User(Acme, clientRole: StaffRole.Admin);

        Assert.Null(FieldAuthorizationRule.Check(client, AccessLevel.Staff, StaffRoles.Administrators));
        Assert.Equal(AuthorizationFailure.MissingRole, FieldAuthorizationRule.Check(User(Acme, clientRole: StaffRole.Provider), AccessLevel.Staff, StaffRoles.Administrators));
    }

    [Theory]
    [InlineData(AccessLevel.Member)]
    [InlineData(AccessLevel.Staff)]
    public void Token_for_another_organization_is_not_a_member(AccessLevel level)
    {
        var client = User(Acme, clientRole: StaffRole.Owner, mismatch: true);

        Assert.Equal(AuthorizationFailure.NotMember, FieldAuthorizationRule.Check(client, level, StaffRoles.Administrators));
    }

    [Fact]
    public void Token_for_another_organization_ignores_a_membership_too()
    {
        var user = User(Acme, Staff(StaffRole.Owner), mismatch: true);

        Assert.Equal(AuthorizationFailure.NotMember, FieldAuthorizationRule.Check(user, AccessLevel.Staff, []));
    }
}
