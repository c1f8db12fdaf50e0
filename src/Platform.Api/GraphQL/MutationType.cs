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
using Platform.Api.Identity;
using Platform.Api.Identity.Profile;

namespace Platform.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddOrganizationMutations();
        this.AddAccountMutations();
        this.AddProfileMutations();
        this.AddOfferingMutations();
        this.AddAvailabilityMutations();
        this.AddPricingMutations();
        this.AddBookingMutations();
        this.AddPaymentMutations();
        this.AddWebhookMutations();
        this.AddApiKeyMutations();
        this.AddCalendarFeedMutations();
        this.AddNotificationMutations();
        this.AddCalendarMutations();
        this.AddVideoMutations();
    }
}
