using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations;

public static class OrganizationsExtensions
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganizationService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountService>();
        services.AddScoped<INodeSource, OrganizationNodeSource>();
        services.AddScoped<INodeSource, MembershipNodeSource>();
        services.AddTenantRowNodeSource<CustomerRole>(CustomerRoleType.TypeName, r => r.Id);
        services.AddScoped<INodeSource, InvitationNodeSource>();
        services.AddScoped<INodeSource, UserNodeSource>();
        return services;
    }
}
