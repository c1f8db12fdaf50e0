using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity.Profile;

public sealed class UpdateProfileInputType : InputObjectGraphType<UpdateProfileInput>
{
    public UpdateProfileInputType()
    {
        Name = "UpdateProfileInput";
        Field(i => i.DisplayName, nullable: true);
        Field(i => i.PreferredLanguage, nullable: true).Description("en or de; \"\" follows each organization's default.");
        Field(i => i.TimeZone, nullable: true)
            .Description("An IANA time zone for the times in your messages; \"\" follows the organization's.");
    }
}

public sealed class ProfilePayloadType : ObjectGraphType<ProfilePayload>
{
    public ProfilePayloadType()
    {
        Name = "ProfilePayload";
        Field<UserType>("user").Resolve(c => c.Source.User);
        this.AddUserErrors();
    }
}
