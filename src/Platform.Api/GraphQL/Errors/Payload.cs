namespace Platform.Api.GraphQL.Errors;

/// <summary>Base for mutation results: what changed, or why nothing did.</summary>
public abstract record Payload
{
    public IReadOnlyList<UserError> UserErrors { get; init; } = [];
}
