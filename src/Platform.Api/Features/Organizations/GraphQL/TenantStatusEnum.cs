using GraphQL.Types;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class TenantStatusEnum : EnumerationGraphType<TenantStatus>
{
    public TenantStatusEnum() => Name = "OrganizationStatus";
}
