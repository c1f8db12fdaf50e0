using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>
/// Replaces the weekly windows on one local date: other hours (longer, shorter, extra) or, when
/// <see cref="Hours"/> is empty, a day off.
/// </summary>
public sealed record DateOverride(LocalDate Date, IReadOnlyList<MinuteRange> Hours);
