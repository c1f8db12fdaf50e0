
namespace Platform.Api.Features.Bookings.Settings;

public sealed record BookingSettingsInput(
    int? HoldMinutes, int? ConfirmationMinutes, int? WaitlistOfferMinutes, IReadOnlyList<int>? ReminderMinutes = null);
