using GraphQL.Types;
using Platform.Api.Features.Pricing.GraphQL;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingPriceType : ObjectGraphType<Booking>
{
    public BookingPriceType()
    {
        Name = "BookingPrice";
        Description = "The price agreed at hold time, in minor units.";
        Field<NonNullGraphType<LongGraphType>>("amount").Resolve(c => c.Source.PriceAmount);
        Field<NonNullGraphType<LongGraphType>>("unitAmount").Resolve(c => c.Source.UnitAmount);
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<StringGraphType>>("role")
            .Description("The customer role the price was given for.")
            .Resolve(c => c.Source.PriceRole);
        Field<NonNullGraphType<PriceBasisEnum>>("basis").Resolve(c => c.Source.PriceBasis);
        Field<IntGraphType>("percentOff").Resolve(c => c.Source.PercentOff);
    }
}
