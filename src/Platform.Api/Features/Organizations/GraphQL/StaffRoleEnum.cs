using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class StaffRoleEnum : EnumerationGraphType<StaffRole>
{
    public StaffRoleEnum()
    {
        Name = "StaffRole";
        Description = "What a member may do in an organization. Customers have none.";
    }
}
