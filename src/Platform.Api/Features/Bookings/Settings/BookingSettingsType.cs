using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Settings;

public sealed class BookingSettingsType : ObjectGraphType<BookingSettings>
{
    public BookingSettingsType()
    {
        Name = "BookingSettings";
        Description = "An organization's booking timeouts and reminders.";
        Field(s => s.HoldMinutes).Description("How long a hold (and a cart) keeps its slot while the customer pays.");
        Field(s => s.ConfirmationMinutes).Description("How long a host has to confirm; never past the start.");
        Field(s => s.WaitlistOfferMinutes).Description("How long a waitlisted customer has to take the seats offered.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("reminderMinutes")
            .Description("Minutes before a confirmed booking's start its reminders go out (default a day and an hour).")
            .Resolve(c => c.Source.ReminderMinutes);
    }
}
