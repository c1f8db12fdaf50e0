using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Stats;

public sealed class CurrencyRevenueType : ObjectGraphType<CurrencyRevenue>
{
    public CurrencyRevenueType()
    {
        Name = "CurrencyRevenue";
        Description =
            "Minor units. gross: price of bookings made for real (awaiting host, confirmed, completed, no-show, or paid then cancelled); "
            + "refunded: what their exits give back; net: gross − refunded.";
        Field(r => r.Currency);
        Field(r => r.Bookings);
        Field(r => r.Gross);
        Field(r => r.Refunded);
        Field(r => r.Net);
    }
}
