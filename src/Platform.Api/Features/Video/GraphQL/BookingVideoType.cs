using GraphQL.Types;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class BookingVideoType : ObjectGraphType<VideoLink>
{
    public BookingVideoType()
    {
        Name = "BookingVideo";
        Description = "A booking's video room.";
        Field<NonNullGraphType<VideoProviderKindEnum>>("provider").Resolve(c => c.Source.Provider);
        Field<NonNullGraphType<StringGraphType>>("joinUrl").Description("The link for the customer and guests.")
            .Resolve(c => c.Source.JoinUrl);
        Field<StringGraphType>("hostUrl").Description("The host's link (with host rights); only for the host and staff.")
            .Resolve(c => c.Source.HostUrl.Length == 0 ? null : c.Source.HostUrl);
    }
}
