using NodaTime;
using Platform.Api.Features.Availability.Domain;

namespace Platform.Api.Features.Availability.Slots;

/// <summary>A slot shown in the zone the viewer asked in.</summary>
public sealed record SlotView(Slot Slot, DateTimeZone Zone);
