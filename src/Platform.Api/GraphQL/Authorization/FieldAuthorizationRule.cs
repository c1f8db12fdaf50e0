using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.GraphQL.Authorization;

/// <summary>
/// Validation rule over every selected field (and the types they return): a field whose metadata asks
/// for more than the caller has fails the whole request before anything runs, so no partial work
/// happens and no resolver needs to remember to check.
/// </summary>
public sealed class FieldAuthorizationRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        var definition = context.TypeInfo.GetFieldDef();
        if (definition is null || context.UserContext is not PlatformUserContext user) return;

        var requirement = AuthorizationMetadata.Get(definition);
        if (requirement is null) return;

        var failure = Check(user, requirement.Value.Level, requirement.Value.Roles);
        if (failure is not null)
            context.ReportError(new AuthorizationError(context.Document.Source, field, failure.Value, definition.Name));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    internal static AuthorizationFailure? Check(
        PlatformUserContext user, AccessLevel level, IReadOnlyCollection<Features.Organizations.StaffRole> roles)
    {
        if (!user.IsAuthenticated) return AuthorizationFailure.Unauthenticated;
        if (level == AccessLevel.Authenticated) return null;
        if (user.Tenant is null) return AuthorizationFailure.NoOrganization;
        if (!user.IsMember) return AuthorizationFailure.NotMember;
        if (level == AccessLevel.Member) return null;
        return user.HasStaffRole(roles) ? null : AuthorizationFailure.MissingRole;
    }
}
