using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Settings;

public sealed record BookingSettingsPayload(BookingSettings? Settings) : Payload;
