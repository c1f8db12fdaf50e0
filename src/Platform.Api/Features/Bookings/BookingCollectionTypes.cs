using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings;

public sealed class CartStatusEnum : EnumerationGraphType<CartStatus>
{
    public CartStatusEnum() => Name = "CartStatus";
}

public sealed class CartType : ObjectGraphType<Cart>
{
    public const string TypeName = "Cart";

    public CartType()
    {
        this.ImplementNode(TypeName, c => c.Id);
        Description = "Several holds under one expiry and one total, to be paid in one payment.";
        Field<NonNullGraphType<CartStatusEnum>>("status").Description("As of now: an open cart past its expiry reads EXPIRED.")
            .Resolve(c => CartService.EffectiveStatus(c.Source, c.Now()));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Description("Every hold in the cart is released then.").Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("items")
            .Description("Its bookings, earliest first (free ones are confirmed at once and cost nothing).")
            .WithComplexityImpact(1, 10)
            .Resolve(c => c.Loaders().BookingsByCart(c.Db()).Load(c.Source.Id));
        Field<CartTotalType>("total").Description("Due for the live holds in it; null while nothing is due.")
            .Resolve(c => c.Loaders().BookingsByCart(c.Db()).Load(c.Source.Id).Then(items => CartTotal.Of(c.Source, items ?? [], c.Now())));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

public sealed record CartTotal(long Amount, string Currency, int Holds)
{
    /// <summary>The live, unpaid holds of the cart: what one payment would cover now.</summary>
    public static CartTotal? Of(Cart cart, IReadOnlyList<Booking> items, DateTimeOffset now)
    {
        var due = items.Where(b => b.Status == BookingStatus.Held && b.HoldExpiresAt > now && b.PaymentStatus == PaymentStatus.RequiresPayment).ToList();
        return due.Count == 0 || cart.Currency is null ? null : new CartTotal(due.Sum(b => b.PriceAmount), cart.Currency, due.Count);
    }
}

public sealed class CartTotalType : ObjectGraphType<CartTotal>
{
    public CartTotalType()
    {
        Name = "CartTotal";
        Field(t => t.Amount).Description("Minor units.");
        Field(t => t.Currency);
        Field(t => t.Holds).Description("How many holds it pays for.");
    }
}

public sealed class RecurrenceFrequencyEnum : EnumerationGraphType<RecurrenceFrequency>
{
    public RecurrenceFrequencyEnum() => Name = "RecurrenceFrequency";
}

public sealed class SeriesModeEnum : EnumerationGraphType<SeriesMode>
{
    public SeriesModeEnum()
    {
        Name = "SeriesMode";
        Description = "ALL_OR_NOTHING: every occurrence or none. BOOK_WHAT_FITS: the ones that fit, the others reported.";
    }
}

public sealed class BookingSeriesType : ObjectGraphType<BookingSeries>
{
    public const string TypeName = "BookingSeries";

    public BookingSeriesType()
    {
        this.ImplementNode(TypeName, s => s.Id);
        Description = "A recurring series: one offering and provider at the same wall-clock time.";
        Field<NonNullGraphType<OfferingType>>("offering").Resolve(c => c.Loaders().OfferingsById(c.Db()).Load(c.Source.OfferingId));
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field<NonNullGraphType<RecurrenceFrequencyEnum>>("frequency").Resolve(c => c.Source.Frequency);
        Field(s => s.OccurrencesRequested).Description("How many occurrences were asked for.");
        Field(s => s.TimeZone).Description("The zone whose wall-clock time the occurrences keep.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("bookings").Description("The occurrences booked, in order.")
            .WithComplexityImpact(1, 12)
            .Resolve(c => c.Loaders().BookingsBySeries(c.Db()).Load(c.Source.Id));
    }
}

public sealed class SeriesOccurrenceType : ObjectGraphType<SeriesOccurrence>
{
    public SeriesOccurrenceType()
    {
        Name = "SeriesOccurrence";
        Description = "One asked-for occurrence: its booking, or the problem that kept it out.";
        Field(o => o.Index).Description("0-based.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start);
        Field<BookingType>("booking").Resolve(c => c.Source.Booking);
        Field<GraphQL.Errors.UserErrorType>("problem").Resolve(c => c.Source.Problem);
    }
}

public sealed class WaitlistStatusEnum : EnumerationGraphType<WaitlistStatus>
{
    public WaitlistStatusEnum() => Name = "WaitlistStatus";
}

public sealed class WaitlistEntryType : ObjectGraphType<WaitlistEntry>
{
    public const string TypeName = "WaitlistEntry";

    public WaitlistEntryType()
    {
        this.ImplementNode(TypeName, e => e.Id);
        Description = "A customer's place in line for a full group session.";
        Field<NonNullGraphType<WaitlistStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<IntGraphType>("position").Description("1-based place in line while WAITING.").Resolve(c => c.Loaders().WaitlistPositions(c.Db()).Load(c.Source.Id).Then(p => p == 0 ? (int?)null : p));
        Field(e => e.Seats);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.DurationMinutes);
        Field<NonNullGraphType<OfferingType>>("offering")
            .Resolve(c => c.Loaders().OccurrencesById(c.Db()).Load(c.Source.OccurrenceId).Then(o => c.Loaders().OfferingsById(c.Db()).Load(o!.OfferingId)));
        Field<NonNullGraphType<ProviderType>>("provider")
            .Resolve(c => c.Loaders().OccurrencesById(c.Db()).Load(c.Source.OccurrenceId).Then(o => c.Loaders().ProvidersById(c.Db()).Load(o!.ProviderId)));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Resolve(c => c.Loaders().OccurrencesById(c.Db()).Load(c.Source.OccurrenceId).Then(o => o!.StartsAt));
        Field<BookingType>("offer").Description("The hold made for you when seats freed up; take it before it expires.")
            .Resolve(c => c.Source.OfferedBookingId is { } id ? c.Loaders().BookingsById(c.Db()).Load(id) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("joinedAt").Resolve(c => c.Source.CreatedAt);
    }
}

public sealed class BookingSettingsType : ObjectGraphType<BookingSettings>
{
    public BookingSettingsType()
    {
        Name = "BookingSettings";
        Description = "An organization's booking timeouts.";
        Field(s => s.HoldMinutes).Description("How long a hold (and a cart) keeps its slot while the customer pays.");
        Field(s => s.ConfirmationMinutes).Description("How long a host has to confirm; never past the start.");
        Field(s => s.WaitlistOfferMinutes).Description("How long a waitlisted customer has to take the seats offered.");
    }
}
