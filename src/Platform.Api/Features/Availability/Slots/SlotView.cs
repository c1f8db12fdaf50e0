using GraphQL.Types;
using NodaTime;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.Slots;

/// <summary>A slot shown in the zone the viewer asked in.</summary>
public sealed record SlotView(Slot Slot, DateTimeZone Zone);
