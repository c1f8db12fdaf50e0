using GraphQL.Types;

namespace Platform.Api.Features.Organizations.Administration;

public sealed class CreateOrganizationInputType : InputObjectGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputType()
    {
        Name = "CreateOrganizationInput";
        Field(i => i.Name);
        Field(i => i.Slug).Description("3–48 lower-case letters, digits and hyphens; used in URLs.");
        Field(i => i.TimeZone).Description("IANA time zone, e.g. America/New_York.");
        Field(i => i.Currency).Description("ISO 4217 code, e.g. USD.");
    }
}
