using GraphQL.Types;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class StaffRoleEnum : EnumerationGraphType<StaffRole>
{
    public StaffRoleEnum()
    {
        Name = "StaffRole";
        Description = "What a member may do in an organization. Customers have none.";
    }
}
