using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Administration;

public sealed record CustomerRolePayload(CustomerRole? CustomerRole) : Payload;
