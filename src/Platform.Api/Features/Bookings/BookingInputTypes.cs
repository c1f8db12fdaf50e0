using GraphQL.Types;

namespace Platform.Api.Features.Bookings;

public sealed class ParticipantInputType : InputObjectGraphType<ParticipantInput>
{
    public ParticipantInputType()
    {
        Name = "ParticipantInput";
        Field(p => p.Name);
        Field(p => p.Email, nullable: true);
    }
}

public sealed class HoldBookingInputType : InputObjectGraphType<HoldBookingInput>
{
    public HoldBookingInputType()
    {
        Name = "HoldBookingInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<IdGraphType>("providerId").Description("Null: any provider who delivers the offering.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("A start from availableSlots.");
        Field<IntGraphType>("durationMinutes").Description("One of the offering's durations; default the shortest.");
        Field<IntGraphType>("seats").DefaultValue(1).Description("More than one only for group offerings.");
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants").Description("Who attends, at most one per seat.");
        Field<StringGraphType>("guestEmail").Description("For anonymous callers, where the offering allows guests.");
        Field<StringGraphType>("guestName");
        Field<StringGraphType>("customerEmail").Description("Staff and integration clients: whom the booking is for.");
        Field<IdGraphType>("cartId").Description("Put the hold in this cart (it takes the cart's expiry).");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("New for each distinct booking (a UUID); a retry with the same key returns the same booking.");
    }
}

public sealed class BookSeriesInputType : InputObjectGraphType<BookSeriesInput>
{
    public BookSeriesInputType()
    {
        Name = "BookSeriesInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<IdGraphType>("providerId").Description("Null: the provider who can take the most occurrences.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("The first occurrence.");
        Field<IntGraphType>("durationMinutes");
        Field<IntGraphType>("seats").DefaultValue(1);
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants");
        Field<StringGraphType>("customerEmail").Description("Staff and integration clients: whom the series is for.");
        Field<NonNullGraphType<RecurrenceFrequencyEnum>>("frequency");
        Field<NonNullGraphType<IntGraphType>>("occurrences").Description("2 to 52, the first included.");
        Field<NonNullGraphType<SeriesModeEnum>>("mode");
        Field<StringGraphType>("timeZone").Description("IANA zone whose wall-clock time the occurrences keep; default the provider's.");
        Field<IdGraphType>("cartId").Description("Put paid occurrences in this cart; by default a new cart is made for them.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey");
    }
}

public sealed class JoinWaitlistInputType : InputObjectGraphType<JoinWaitlistInput>
{
    public JoinWaitlistInputType()
    {
        Name = "JoinWaitlistInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<NonNullGraphType<IdGraphType>>("providerId");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("A full occurrence (availableSlots with includeFull).");
        Field<IntGraphType>("durationMinutes");
        Field<IntGraphType>("seats").DefaultValue(1);
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants");
    }
}

public sealed class BookingSettingsInputType : InputObjectGraphType<BookingSettingsInput>
{
    public BookingSettingsInputType()
    {
        Name = "BookingSettingsInput";
        Field<IntGraphType>("holdMinutes").Description("1 to 1,440.");
        Field<IntGraphType>("confirmationMinutes").Description("5 to 43,200 (30 days).");
        Field<IntGraphType>("waitlistOfferMinutes").Description("1 to 1,440.");
    }
}

public sealed class BookingTimeframeEnum : EnumerationGraphType<BookingTimeframe>
{
    public BookingTimeframeEnum()
    {
        Name = "BookingTimeframe";
        Description = "UPCOMING: ahead and still holding its place. PAST: ended, cancelled, declined or expired.";
    }
}

public sealed class BookingFilterInputType : InputObjectGraphType<BookingFilter>
{
    public BookingFilterInputType()
    {
        Name = "BookingFilter";
        Field<ListGraphType<NonNullGraphType<BookingStatusEnum>>>("statuses").Description("Statuses as of now (a hold past its expiry is EXPIRED).");
        Field<IdGraphType>("providerId");
        Field<IdGraphType>("offeringId");
        Field<DateTimeOffsetGraphType>("from").Description("Starting at or after.");
        Field<DateTimeOffsetGraphType>("to").Description("Starting before.");
    }
}
