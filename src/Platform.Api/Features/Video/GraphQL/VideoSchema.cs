using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Video.GraphQL;

/// <summary>The video settings' root fields, all for administrators (owners and admins).</summary>
public static class VideoSchema
{
    public static void AddVideoQueries(this ObjectGraphType query) =>
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<VideoProviderSettingsType>>>>("videoProviders")
            .Description("The organization's video services (Jitsi always), without secrets. Administrators.")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<VideoAccountAdministration>().ListAsync(c.CancellationToken));

    public static void AddVideoMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<SetVideoProviderPayloadType>>("setVideoProvider")
            .Description("Saves a video service's settings after checking them with the service (VIDEO_CREDENTIALS_REJECTED, "
                + "VIDEO_PROVIDER_UNAVAILABLE: nothing saved). Secrets are stored encrypted and never shown. Administrators.")
            .Argument<NonNullGraphType<SetVideoProviderInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<VideoAccountAdministration>()
                .SetAsync(c.GetArgument<SetVideoProviderInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<RemoveVideoProviderPayloadType>>("removeVideoProvider")
            .Description("Forgets a video service's settings; new rooms use the default (or Jitsi). Administrators.")
            .Argument<NonNullGraphType<RemoveVideoProviderInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<VideoAccountAdministration>()
                .RemoveAsync(c.GetArgument<RemoveVideoProviderInput>("input"), c.CancellationToken));
    }
}
