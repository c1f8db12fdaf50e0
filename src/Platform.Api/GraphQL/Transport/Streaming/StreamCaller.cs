using System.Security.Claims;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>Who runs operations on a long-lived connection, fixed when it was opened (WebSocket init, SSE request).</summary>
public sealed record StreamCaller(ClaimsPrincipal Principal, Tenant? Tenant);
