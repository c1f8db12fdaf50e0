using GraphQL.Types;
using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>A date's replacement hours; empty hours mean a day off.</summary>
public sealed record DateOverrideView(DateOnly Date, IReadOnlyList<MinuteRange> Hours);
