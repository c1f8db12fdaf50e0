using Platform.Api.Features.Availability.Domain;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>A date's replacement hours; empty hours mean a day off.</summary>
public sealed record DateOverrideView(DateOnly Date, IReadOnlyList<MinuteRange> Hours);
