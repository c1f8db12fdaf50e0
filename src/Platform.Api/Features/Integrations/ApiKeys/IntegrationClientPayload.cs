using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.ApiKeys;

/// <param name="ClientSecret">Only right after creating the key or rotating its secret; never readable again.</param>
public sealed record IntegrationClientPayload(IntegrationClient? Client, string? ClientSecret = null) : Payload
{
    public static IntegrationClientPayload Fail(string code, string message, string? field = null) =>
        new(Client: null) { UserErrors = [new UserError(code, message, field)] };
}
