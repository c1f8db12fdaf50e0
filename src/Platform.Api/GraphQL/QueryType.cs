using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Calendars.GraphQL;
using Platform.Api.Features.Integrations.GraphQL;
using Platform.Api.Features.Notifications.GraphQL;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.Features.Video.GraphQL;
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
        this.AddDeliveryQueries();
        this.AddWebhookQueries();
        this.AddApiKeyQueries();
        this.AddCalendarFeedQueries();
        this.AddNotificationQueries();
        this.AddCalendarQueries();
        this.AddVideoQueries();
    }
}
