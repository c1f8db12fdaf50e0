using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Authorization;

/// <summary>A field the caller may not select. UNAUTHENTICATED maps to HTTP 401, the rest to 403.</summary>
public sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(ROM source, ASTNode node, AuthorizationFailure failure, string fieldName)
        : base(source, null, Describe(failure, fieldName), node)
    {
        Failure = failure;
        Code = failure == AuthorizationFailure.Unauthenticated ? "UNAUTHENTICATED" : "FORBIDDEN";
    }

    public AuthorizationFailure Failure { get; }

    private static string Describe(AuthorizationFailure failure, string field) => failure switch
    {
        AuthorizationFailure.Unauthenticated => $"You must sign in to use '{field}'.",
        AuthorizationFailure.NoOrganization => $"'{field}' needs an organization: use /t/{{slug}}/graphql or the X-Tenant header.",
        AuthorizationFailure.NotMember => $"You are not a member of this organization, so you cannot use '{field}'.",
        _ => $"Your role in this organization does not allow '{field}'.",
    };
}
