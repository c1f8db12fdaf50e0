using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingEventType : ObjectGraphType<BookingEvent>
{
    public BookingEventType()
    {
        Name = "BookingEvent";
        Description = "One line of a booking's audit trail.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<BookingEventKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<BookingStatusEnum>("from").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<BookingStatusEnum>>("to").Resolve(c => c.Source.ToStatus);
        Field<NonNullGraphType<BookingActorEnum>>("actor").Resolve(c => c.Source.ActorKind);
        Field<StringGraphType>("actorName").Description("The person who acted, when a person did.")
            .Resolve(c => c.Source.ActorUserId is { } id ? c.Loaders().UsersById(c.Db()).Load(id).Then(u => u?.DisplayName) : null);
        Field(e => e.Reason, nullable: true);
        Field(e => e.Details, nullable: true).Description("JSON details: old and new times of a reschedule, the refund of a cancellation.");
    }
}
