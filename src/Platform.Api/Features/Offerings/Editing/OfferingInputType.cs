using GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;

namespace Platform.Api.Features.Offerings.Editing;

public sealed class OfferingInputType : InputObjectGraphType<OfferingInput>
{
    public OfferingInputType()
    {
        Name = "OfferingInput";
        Description =
            "On create, omitted fields take defaults (a 60-minute one-to-one video session, 60 days ahead, full refund until 24 h before). "
            + "On update, omitted fields stay as they are.";
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
