using GraphQL.Types;

namespace Platform.Api.GraphQL.Errors;

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
