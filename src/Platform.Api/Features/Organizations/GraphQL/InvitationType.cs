using GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

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
