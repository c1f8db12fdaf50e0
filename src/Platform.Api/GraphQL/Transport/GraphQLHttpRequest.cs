using System.Text.Json;

namespace Platform.Api.GraphQL.Transport;

/// <summary>The parameters of a GraphQL-over-HTTP request, already checked for type.</summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId);
