using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed class WaitlistEntryType : ObjectGraphType<WaitlistEntry>
{
    public const string TypeName = "WaitlistEntry";

    public WaitlistEntryType()
    {
        this.ImplementNode(TypeName, e => e.Id);
        Description = "A customer's place in line for a full group session.";
        Field<NonNullGraphType<WaitlistStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<IntGraphType>("position")
            .Description("1-based place in line while WAITING.")
            .Resolve(c => c.Loaders().WaitlistPositions(c.Db()).Load(c.Source.Id).Then(p => p == 0 ? (int?)null : p));
        Field(e => e.Seats);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.DurationMinutes);
        Field<NonNullGraphType<OfferingType>>("offering")
            .Resolve(c =>
                c.Loaders()
                    .OccurrencesById(c.Db())
                    .Load(c.Source.OccurrenceId)
                    .Then(o => c.Loaders().OfferingsById(c.Db()).Load(o!.OfferingId))
            );
        Field<NonNullGraphType<ProviderType>>("provider")
            .Resolve(c =>
                c.Loaders()
                    .OccurrencesById(c.Db())
                    .Load(c.Source.OccurrenceId)
                    .Then(o => c.Loaders().ProvidersById(c.Db()).Load(o!.ProviderId))
            );
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Resolve(c => c.Loaders().OccurrencesById(c.Db()).Load(c.Source.OccurrenceId).Then(o => o!.StartsAt));
        Field<BookingType>("offer")
            .Description("The hold made for you when seats freed up; take it before it expires.")
            .Resolve(c => c.Source.OfferedBookingId is { } id ? c.Loaders().BookingsById(c.Db()).Load(id) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("joinedAt").Resolve(c => c.Source.CreatedAt);
    }
}
