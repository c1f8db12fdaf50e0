namespace Platform.Api.GraphQL.Authorization;

/// <summary>What a field requires of its caller. Read by <see cref="FieldAuthorizationRule"/> before execution.</summary>
public enum AccessLevel
{
    /// <summary>Any signed-in user or client.</summary>
    Authenticated = 1,

    /// <summary>A member (staff or customer) of the resolved organization.</summary>
    Member = 2,

    /// <summary>A member with one of the listed staff roles.</summary>
    Staff = 3,
}
