using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Notifications.GraphQL;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.Identity;

namespace Platform.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddOrganizationMutations();
        this.AddAccountMutations();
        this.AddOfferingMutations();
        this.AddAvailabilityMutations();
        this.AddPricingMutations();
        this.AddBookingMutations();
        this.AddPaymentMutations();
        this.AddNotificationMutations();
    }
}
