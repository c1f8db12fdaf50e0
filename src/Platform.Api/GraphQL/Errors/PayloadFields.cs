using GraphQL.Types;

namespace Platform.Api.GraphQL.Errors;

public static class PayloadFields
{
    /// <summary>Adds the <c>userErrors</c> field every payload carries.</summary>
    public static void AddUserErrors<TPayload>(this ObjectGraphType<TPayload> type) where TPayload : Payload =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Empty on success.")
            .Resolve(context => context.Source.UserErrors);
}
