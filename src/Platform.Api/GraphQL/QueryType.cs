using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations;
using Platform.Api.Features.Payments;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeFields();
        this.AddOrganizationQueries();
        this.AddOfferingQueries();
        this.AddAvailabilityQueries();
        this.AddPricingQueries();
        this.AddBookingQueries();
        this.AddPaymentQueries();
    }
}
