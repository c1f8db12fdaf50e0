using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

/// <summary>The caller: their account, every membership, and the one in the resolved organization.</summary>
public sealed record Viewer(Guid UserId, Guid? TenantId);
