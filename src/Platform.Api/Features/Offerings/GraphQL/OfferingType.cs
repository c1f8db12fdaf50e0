using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingType : ObjectGraphType<Offering>
{
    public const string TypeName = "Offering";

    public OfferingType()
    {
        this.ImplementNode(TypeName, o => o.Id);
        Description = "Something an organization sells: a session type, lesson, workshop or resource.";
        Field(o => o.Name);
        Field(o => o.Description, nullable: true);
        Field<NonNullGraphType<OfferingKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<OfferingFormatEnum>>("format").Resolve(c => c.Source.Format);
        Field(o => o.Capacity).Description("Seats per occurrence; 1 for one-to-one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("durationsMinutes")
            .Description("The lengths a customer may choose, shortest first.").Resolve(c => c.Source.DurationsMinutes);
        Field(o => o.BufferBeforeMinutes);
        Field(o => o.BufferAfterMinutes);
        Field(o => o.MinimumNoticeMinutes);
        Field(o => o.BookingWindowDays).Description("How many days ahead it can be booked.");
        Field(o => o.SlotIntervalMinutes).Description("Distance between offered start times on the provider's clock.");
        Field(o => o.RequiresConfirmation).Description("The host must confirm each booking.");
        Field(o => o.AllowsGuests).Description("Guests may book with an email address and no account.");
        Field<NonNullGraphType<LocationKindEnum>>("locationKind").Resolve(c => c.Source.LocationKind);
        Field(o => o.LocationDetail, nullable: true);
        Field(o => o.VideoProvider, nullable: true);
        Field<NonNullGraphType<CancellationPolicyType>>("cancellationPolicy").Resolve(c => c.Source);
        Field<NonNullGraphType<OfferingStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<DateTimeOffsetGraphType>("archivedAt").Resolve(c => c.Source.ArchivedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderType>>>>("providers")
            .Description("Who delivers it.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Loaders().ProvidersByOffering(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceRuleType>>>>("priceRules")
            .Description("Price per customer role; the lowest applicable one wins.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Loaders().PriceRulesByOffering(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
