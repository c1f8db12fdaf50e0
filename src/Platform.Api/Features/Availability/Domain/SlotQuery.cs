using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>The instants asked about, the clock, and whether full group occurrences are wanted (to join a waitlist).</summary>
public sealed record SlotQuery(InstantRange Range, Instant Now, bool IncludeFull = false);
