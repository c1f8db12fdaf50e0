using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>What a public booking page hears: which of the offering's times changed, without anyone's personal data.</summary>
public sealed record SlotsChange(Guid OfferingId, IReadOnlyList<SlotState> Slots);
