
namespace Platform.Api.Features.Pricing.Quotes;

public sealed record QuoteRequest(string OfferingId, int Seats, DateTimeOffset Start);
