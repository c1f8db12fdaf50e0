using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class TenantStatusEnum : EnumerationGraphType<TenantStatus>
{
    public TenantStatusEnum() => Name = "OrganizationStatus";
}
