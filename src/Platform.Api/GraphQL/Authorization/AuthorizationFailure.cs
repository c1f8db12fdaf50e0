namespace Platform.Api.GraphQL.Authorization;

public enum AuthorizationFailure
{
    Unauthenticated,
    NoOrganization,
    NotMember,
    MissingRole,
}
