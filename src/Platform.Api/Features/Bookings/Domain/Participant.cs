namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Someone attending a group booking: a name, and an email when they want messages.</summary>
public sealed record Participant(string Name, string? Email);
