using NodaTime;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing.Quotes;

/// <summary>What the viewer would pay for a booking, and what cancelling it would refund when; the booking flow snapshots it.</summary>
public sealed record Quote(Offering Offering, PriceQuote Price, Instant Start, CancellationPolicy Policy);
