using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>One working window: its local bounds (for stepping on the clock grid) and its real span.</summary>
public sealed record WorkingWindow(LocalDateTime LocalStart, LocalDateTime LocalEnd, InstantRange Span);
