using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class NotificationDeliveryType : ObjectGraphType<NotificationDelivery>
{
    public const string TypeName = "NotificationDelivery";

    public NotificationDeliveryType()
    {
        Name = TypeName;
        Description = "One email or webhook call from the outbox: to whom, about what, and how its attempts went.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<DeliveryChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field(d => d.Recipient).Description("An email address, or the webhook endpoint's id.");
        Field(d => d.Message)
            .Description("The email's message key (booking_confirmed…) or the webhook event type (booking.confirmed…).");
        Field(d => d.Language, nullable: true);
        Field<IdGraphType>("bookingId")
            .Description("The booking it is about, if any.")
            .Resolve(c => c.Source.BookingId is { } id ? GlobalId.Encode(BookingType.TypeName, id) : null);
        Field<NonNullGraphType<DeliveryStateEnum>>("state").Resolve(c => c.Source.State);
        Field(d => d.Attempts);
        Field(d => d.LastError, nullable: true);
        Field(d => d.LastStatusCode, nullable: true).Description("The last attempt's HTTP status or SMTP reply code.");
        Field(d => d.LastDurationMs, nullable: true);
        Field(d => d.NextAttemptAt).Description("When it is (or was) due: at once, a reminder's time, or the next retry.");
        Field(d => d.CreatedAt);
        Field(d => d.SentAt, nullable: true);
    }
}
