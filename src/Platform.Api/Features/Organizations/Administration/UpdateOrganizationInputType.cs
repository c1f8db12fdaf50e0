using GraphQL.Types;

namespace Platform.Api.Features.Organizations.Administration;

public sealed class UpdateOrganizationInputType : InputObjectGraphType<UpdateOrganizationInput>
{
    public UpdateOrganizationInputType()
    {
        Name = "UpdateOrganizationInput";
        Field(i => i.Name, nullable: true);
        Field(i => i.TimeZone, nullable: true);
        Field(i => i.Currency, nullable: true);
    }
}
