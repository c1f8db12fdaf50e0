using GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class CalendarFeedType : ObjectGraphType<CalendarFeed>
{
    public const string TypeName = "CalendarFeed";

    public CalendarFeedType()
    {
        Name = TypeName;
        Description = "A secret calendar subscription address of yours in this organization. Its address is shown only when created.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}
