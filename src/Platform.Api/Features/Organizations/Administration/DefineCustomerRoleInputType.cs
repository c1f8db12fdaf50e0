using GraphQL.Types;

namespace Platform.Api.Features.Organizations.Administration;

public sealed class DefineCustomerRoleInputType : InputObjectGraphType<DefineCustomerRoleInput>
{
    public DefineCustomerRoleInputType()
    {
        Name = "DefineCustomerRoleInput";
        Field(i => i.Key).Description("2–40 lower-case letters, digits, underscores; not 'public'.");
        Field(i => i.Name);
        Field(i => i.Description, nullable: true);
    }
}
