using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Benchmarks.Infrastructure;

/// <summary>Creates users, an organization and its members through the public API (as the integration tests do).</summary>
public sealed class Accounts(GraphQLClient graphQL)
{
    public const string Password = "correct-horse-battery-9";

    /// <summary>GraphQL and token requests sent while setting up (not measured).</summary>
    public int Requests { get; private set; }

    public async Task SignUpAsync(string email, CancellationToken cancellationToken) =>
        await SendAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code message } } }",
            new { input = new { email, password = Password, displayName = "Bench User" } }, null, null, "signUp", cancellationToken);

    /// <summary>The password grant (enabled in the Testing environment).</summary>
    public async Task<string> TokenAsync(string email, CancellationToken cancellationToken)
    {
        Requests++;
        using var response = await graphQL.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "platform-dev",
            ["username"] = email,
            ["password"] = Password,
            ["scope"] = "api",
        }), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return body?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"No token: {body?.ToJsonString()}");
    }

    /// <summary>Sends a mutation and returns its payload (<paramref name="field"/>), failing on errors or userErrors.</summary>
    public async Task<JsonNode> SendAsync(string query, object variables, string? token, string? tenant, string field, CancellationToken cancellationToken)
    {
        Requests++;
        var data = await graphQL.SendAsync(query, variables, token, tenant, cancellationToken);
        var payload = data[field] ?? throw new InvalidOperationException($"No {field} in {data.ToJsonString()}");
        if (payload["userErrors"] is JsonArray { Count: > 0 } errors) throw new InvalidOperationException($"{field}: {errors.ToJsonString()}");
        return payload;
    }
}
