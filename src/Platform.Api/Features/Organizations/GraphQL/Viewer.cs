namespace Platform.Api.Features.Organizations.GraphQL;

/// <summary>The caller: their account, every membership, and the one in the resolved organization.</summary>
public sealed record Viewer(Guid UserId, Guid? TenantId);
