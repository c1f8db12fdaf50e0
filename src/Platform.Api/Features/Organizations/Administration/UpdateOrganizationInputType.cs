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
        Field(i => i.LogoUrl, nullable: true).Description("An https URL shown in emails and pages; \"\" removes it.");
        Field(i => i.BrandColor, nullable: true).Description("#rrggbb for emails and pages; \"\" removes it.");
        Field(i => i.DefaultLanguage, nullable: true).Description("en or de: messages to people who chose no language.");
    }
}
