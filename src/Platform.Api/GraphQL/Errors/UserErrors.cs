using GraphQL.Types;

namespace Platform.Api.GraphQL.Errors;

/// <summary>An expected domain outcome a mutation reports in its payload (slot taken, not allowed, duplicate).</summary>
public sealed record UserError(string Code, string Message, string? Field = null);

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected problem with the input or the request: shown to the user, never a crash.";
        Field(e => e.Code).Description("Machine-readable code, e.g. SLUG_TAKEN, NOT_FOUND, INVALID_INPUT.");
        Field(e => e.Field, nullable: true).Description("The input field the problem is about, when there is one.");
        Field(e => e.Message).Description("Human-readable explanation.");
    }
}

/// <summary>Base for mutation results: what changed, or why nothing did.</summary>
public abstract record Payload
{
    public IReadOnlyList<UserError> UserErrors { get; init; } = [];
}

public static class PayloadFields
{
    /// <summary>Adds the <c>userErrors</c> field every payload carries.</summary>
    public static void AddUserErrors<TPayload>(this ObjectGraphType<TPayload> type) where TPayload : Payload =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Empty on success.")
            .Resolve(context => context.Source.UserErrors);
}
