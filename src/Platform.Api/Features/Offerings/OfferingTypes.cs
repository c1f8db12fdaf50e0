using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings;

public sealed class OfferingKindEnum : EnumerationGraphType<OfferingKind>
{
    public OfferingKindEnum() => Name = "OfferingKind";
}

public sealed class OfferingFormatEnum : EnumerationGraphType<OfferingFormat>
{
    public OfferingFormatEnum() => Name = "OfferingFormat";
}

public sealed class OfferingStatusEnum : EnumerationGraphType<OfferingStatus>
{
    public OfferingStatusEnum() => Name = "OfferingStatus";
}

public sealed class LocationKindEnum : EnumerationGraphType<LocationKind>
{
    public LocationKindEnum() => Name = "LocationKind";
}

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

public sealed class CancellationPolicyType : ObjectGraphType<Offering>
{
    public CancellationPolicyType()
    {
        Name = "CancellationPolicy";
        Description = "Refund by notice: the first tier whose notice is met applies; none met refunds nothing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundTierType>>>>("tiers").Description("Longest notice first.").Resolve(c => c.Source.RefundTiers);
        Field<NonNullGraphType<IntGraphType>>("rescheduleCutoffMinutes").Description("Rescheduling is allowed until this long before the start.").Resolve(c => c.Source.RescheduleCutoffMinutes);
    }
}

public sealed class RefundTierType : ObjectGraphType<RefundTierEntry>
{
    public RefundTierType()
    {
        Name = "RefundTier";
        Field(t => t.MinimumNoticeMinutes).Description("Cancelling at least this long before the start…");
        Field(t => t.RefundPercent).Description("…refunds this percentage.");
    }
}

public sealed class RefundTierInputType : InputObjectGraphType<RefundTierInput>
{
    public RefundTierInputType()
    {
        Name = "RefundTierInput";
        Field(t => t.MinimumNoticeMinutes);
        Field(t => t.RefundPercent);
    }
}

public sealed class CancellationPolicyInputType : InputObjectGraphType<CancellationPolicyInput>
{
    public CancellationPolicyInputType()
    {
        Name = "CancellationPolicyInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundTierInputType>>>>("tiers");
        Field(p => p.RescheduleCutoffMinutes);
    }
}

public sealed class OfferingInputType : InputObjectGraphType<OfferingInput>
{
    public OfferingInputType()
    {
        Name = "OfferingInput";
        Description = "On create, omitted fields take defaults (a 60-minute one-to-one video session, 60 days ahead, full refund until 24 h before). On update, omitted fields stay as they are.";
        Field(i => i.Name, nullable: true);
        Field(i => i.Description, nullable: true);
        Field<OfferingKindEnum>("kind");
        Field<OfferingFormatEnum>("format");
        Field(i => i.Capacity, nullable: true);
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("durationsMinutes");
        Field(i => i.BufferBeforeMinutes, nullable: true);
        Field(i => i.BufferAfterMinutes, nullable: true);
        Field(i => i.MinimumNoticeMinutes, nullable: true);
        Field(i => i.BookingWindowDays, nullable: true);
        Field(i => i.SlotIntervalMinutes, nullable: true).Description("Defaults to the shortest duration.");
        Field(i => i.RequiresConfirmation, nullable: true);
        Field(i => i.AllowsGuests, nullable: true);
        Field<LocationKindEnum>("locationKind");
        Field(i => i.LocationDetail, nullable: true);
        Field(i => i.VideoProvider, nullable: true).Description("A video module key such as zoom or google_meet; empty clears it.");
        Field<CancellationPolicyInputType>("cancellationPolicy");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("providerIds").Description("Replaces who delivers it.");
    }
}

public sealed class OfferingPayloadType : ObjectGraphType<OfferingPayload>
{
    public OfferingPayloadType()
    {
        Name = "OfferingPayload";
        Field<OfferingType>("offering").Resolve(c => c.Source.Offering);
        this.AddUserErrors();
    }
}
