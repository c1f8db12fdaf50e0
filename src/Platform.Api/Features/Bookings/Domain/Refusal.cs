namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Why an action was refused: a code for clients and a sentence for people.</summary>
public sealed record Refusal(string Code, string Message);
