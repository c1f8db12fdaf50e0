using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class VideoProviderSettingsType : ObjectGraphType<VideoProviderSettings>
{
    public VideoProviderSettingsType()
    {
        Name = "VideoProviderSettings";
        Description = "One video service as the organization set it up. Secrets are never shown.";
        Field<NonNullGraphType<VideoProviderKindEnum>>("provider").Resolve(c => c.Source.Provider);
        Field<NonNullGraphType<BooleanGraphType>>("isDefault")
            .Description("Used for offerings that do not name a service.").Resolve(c => c.Source.IsDefault);
        Field<StringGraphType>("subdomain").Resolve(c => c.Source.Subdomain);
        Field<StringGraphType>("templateId").Resolve(c => c.Source.TemplateId);
        Field<StringGraphType>("serverUrl").Resolve(c => c.Source.ServerUrl);
        Field<StringGraphType>("appId").Description("Masked: only its last four characters.").Resolve(c => c.Source.AppId);
        Field<DateTimeGraphType>("updatedAt").Description("Null for Jitsi used without settings.").Resolve(c => c.Source.UpdatedAt);
    }
}
