using GraphQL.Types;
using NodaTime;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>One weekly window as shown: a day and local "HH:mm" bounds.</summary>
public sealed record WeeklyHours(IsoDayOfWeek DayOfWeek, int StartMinute, int EndMinute);
