using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Integrations.ApiKeys;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Integrations.GraphQL;

/// <summary>The API keys' root fields: the list and the create, rotate and revoke mutations. Administrators only.</summary>
public static class ApiKeySchema
{
    public static void AddApiKeyQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationClientType>>>>("integrationClients")
            .Description("The organization's API keys, revoked ones too, oldest first. Administrators only.")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<IntegrationClientService>().ListAsync(c.CancellationToken));
    }

    public static void AddApiKeyMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<IntegrationClientPayloadType>>("createIntegrationClient")
            .Description(
                "Creates an API key acting with a staff role (at most your own): exchange clientId and clientSecret for a token "
                    + "at /connect/token (grant_type=client_credentials, scope=api). The secret is shown only here.")
            .Argument<NonNullGraphType<CreateIntegrationClientInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<IntegrationClientService>()
                    .CreateAsync(c.Caller(), c.GetArgument<CreateIntegrationClientInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<IntegrationClientPayloadType>>("rotateIntegrationClientSecret")
            .Description("Gives the key a new secret, shown only here; the old secret stops working at once.")
            .Argument<NonNullGraphType<IntegrationClientIdInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                IdOf(c) is { } id
                    ? await c.Service<IntegrationClientService>().RotateSecretAsync(c.Caller(), id, c.CancellationToken)
                    : NotFound());

        mutation
            .Field<NonNullGraphType<IntegrationClientPayloadType>>("revokeIntegrationClient")
            .Description("Revokes the key for good: no new tokens, and the tokens it holds are refused.")
            .Argument<NonNullGraphType<IntegrationClientIdInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                IdOf(c) is { } id
                    ? await c.Service<IntegrationClientService>().RevokeAsync(c.Caller(), id, c.CancellationToken)
                    : NotFound());
    }

    private static Guid? IdOf(IResolveFieldContext context) =>
        GlobalId.TryDecode(context.GetArgument<Dictionary<string, object?>>("input")["id"] as string, IntegrationClientType.TypeName);

    private static IntegrationClientPayload NotFound() =>
        IntegrationClientPayload.Fail("NOT_FOUND", "No such API key in this organization.", "id");
}
