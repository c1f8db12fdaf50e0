using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Administration;

public sealed record CustomerRolePayload(CustomerRole? CustomerRole) : Payload;
