
namespace Platform.Api.Features.Bookings.Holds;

public sealed record ParticipantInput(string Name, string? Email);
