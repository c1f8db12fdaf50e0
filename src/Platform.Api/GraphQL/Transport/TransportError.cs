namespace Platform.Api.GraphQL.Transport;

/// <summary>A request the transport refuses before GraphQL sees it (bad JSON, wrong types, too big).</summary>
public sealed record TransportError(int StatusCode, string Message, string Code);
