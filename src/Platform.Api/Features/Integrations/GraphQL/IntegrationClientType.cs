using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class IntegrationClientType : ObjectGraphType<IntegrationClient>
{
    public const string TypeName = "IntegrationClient";

    public IntegrationClientType()
    {
        Name = TypeName;
        Description = "An API key: an OAuth client (client credentials at /connect/token) acting in this organization with a staff role.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(c => c.Name);
        Field(c => c.ClientId).Description("The OAuth client_id. The secret is shown only when created or rotated.");
        Field<NonNullGraphType<StaffRoleEnum>>("staffRole").Resolve(c => c.Source.StaffRole);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("rotatedAt").Resolve(c => c.Source.RotatedAt);
        Field<DateTimeOffsetGraphType>("lastUsedAt")
            .Description("When a token was last issued to it (to the minute).")
            .Resolve(c => c.Source.LastUsedAt);
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}
