using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations;
using Platform.Api.Features.Payments;
using Platform.Api.Features.Pricing;
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
    }
}
