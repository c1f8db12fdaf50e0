namespace Platform.Api.GraphQL.Errors;

/// <summary>An expected domain outcome a mutation reports in its payload (slot taken, not allowed, duplicate).</summary>
public sealed record UserError(string Code, string Message, string? Field = null);
