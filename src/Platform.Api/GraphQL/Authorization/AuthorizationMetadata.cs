using GraphQL.Types;
using Platform.Api.Features.Organizations;

namespace Platform.Api.GraphQL.Authorization;

public static class AuthorizationMetadata
{
    internal const string LevelKey = "platform.access";
    internal const string RolesKey = "platform.roles";

    public static TMetadataProvider RequireAuthentication<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IProvideMetadata => Set(provider, AccessLevel.Authenticated, []);

    public static TMetadataProvider RequireMember<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IProvideMetadata => Set(provider, AccessLevel.Member, []);

    /// <summary>Requires one of <paramref name="roles"/>; with none listed, any staff role.</summary>
    public static TMetadataProvider RequireStaff<TMetadataProvider>(this TMetadataProvider provider, params StaffRole[] roles)
        where TMetadataProvider : IProvideMetadata => Set(provider, AccessLevel.Staff, roles);

    public static TMetadataProvider RequireAdministrator<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IProvideMetadata => Set(provider, AccessLevel.Staff, StaffRoles.Administrators);

    internal static (AccessLevel Level, StaffRole[] Roles)? Get(IProvideMetadata provider) =>
        provider.GetMetadata<AccessLevel?>(LevelKey) is { } level ? (level, provider.GetMetadata<StaffRole[]>(RolesKey) ?? []) : null;

    private static TMetadataProvider Set<TMetadataProvider>(TMetadataProvider provider, AccessLevel level, StaffRole[] roles)
        where TMetadataProvider : IProvideMetadata
    {
        provider.Metadata[LevelKey] = level;
        provider.Metadata[RolesKey] = roles;
        return provider;
    }
}
