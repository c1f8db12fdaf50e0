using Platform.Api.Features.Organizations.Administration;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.Features.Organizations.Invitations;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Api.Identity.Profile;

namespace Platform.Api.Features.Organizations;

public static class OrganizationsFeature
{
    /// <summary>Organizations, their members, customer roles and invitations, and accounts signing up.</summary>
    public static IHostApplicationBuilder AddOrganizationsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<OrganizationService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<INodeSource, OrganizationNodeSource>();
        services.AddScoped<INodeSource, MembershipNodeSource>();
        services.AddTenantRowNodeSource<CustomerRole>(CustomerRoleType.TypeName, r => r.Id);
        services.AddScoped<INodeSource, InvitationNodeSource>();
        services.AddScoped<INodeSource, UserNodeSource>();
        return builder;
    }
}
