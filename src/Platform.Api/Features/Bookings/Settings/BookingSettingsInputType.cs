using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Settings;

public sealed class BookingSettingsInputType : InputObjectGraphType<BookingSettingsInput>
{
    public BookingSettingsInputType()
    {
        Name = "BookingSettingsInput";
        Field<IntGraphType>("holdMinutes").Description("1 to 1,440.");
        Field<IntGraphType>("confirmationMinutes").Description("5 to 43,200 (30 days).");
        Field<IntGraphType>("waitlistOfferMinutes").Description("1 to 1,440.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("reminderMinutes")
            .Description("Minutes before a confirmed booking's start to remind the customer: up to 5 values, 5 to 43,200 (30 days); "
                + "[] sends none.");
    }
}
