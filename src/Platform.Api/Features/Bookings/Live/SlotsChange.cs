namespace Platform.Api.Features.Bookings.Live;

/// <summary>What a public booking page hears: which of the offering's times changed, without anyone's personal data.</summary>
public sealed record SlotsChange(Guid OfferingId, IReadOnlyList<SlotState> Slots);
