using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>
/// Every mutation of the live schema, found by introspection, with random hostile values in every input
/// (<see cref="FuzzValues"/>), as the owner, a customer and anonymously: no 5xx, no INTERNAL_SERVER_ERROR.
/// Bounded: <see cref="Rounds"/> requests per mutation, a few hundred in all.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MutationFuzzTests(PlatformApp app)
{
    private const int Rounds = 6;

    private const string Introspection = """
        { __schema { mutationType { fields { name args { name type { ...T } } type { ...T } } }
                     types { name kind enumValues { name } inputFields { name type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    // From its own address: its random tokens must not spend the per-address budget of other tests.
    private HttpClient Fuzzer { get; } = app.HttpFrom(PlatformApp.NewClientAddress());

    [Fact]
    public async Task Random_strings_and_dates_in_every_mutation_input_never_reach_a_server_error()
    {
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync(payments: false);
        var offering = await bookings.OfferingAsync(shop);
        var customer = await bookings.Accounts.SignUpAsync();
        var hold = new { offeringId = offering, start = Bookings.Slot(hours: 2), idempotencyKey = Guid.NewGuid().ToString() };
        var booking = (await bookings.HeldAsync(shop, customer.Token, hold))["id"]!.GetValue<string>();
        var schema = (await bookings.GraphQL.SendAsync(Introspection)).Get("__schema");
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        var values = new FuzzValues([offering, shop.ProviderId, booking, shop.Org.Id], types);
        var tokens = new[] { shop.Org.Owner.Token, customer.Token, null };
        var since = DateTimeOffset.UtcNow;
        var failures = new List<string>();
        var sent = 0;

        foreach (var field in schema["mutationType"]!["fields"]!.AsArray())
        {
            for (var round = 0; round < Rounds; round++)
            {
                var (body, status, text) = await SendAsync(field!, values, tokens[round % tokens.Length], shop.Org.Slug);
                sent++;
                if ((int)status >= 500 || text.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
                    failures.Add($"{(int)status} {Truncate(body)} → {Truncate(text)}");
            }
        }

        Assert.True(sent >= 200, $"only {sent} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)) + "\n" + Truncate(app.Logs.ErrorsSince(since)));
    }

    private async Task<(string Body, HttpStatusCode Status, string Text)> SendAsync(
        JsonNode field, FuzzValues values, string? token, string slug)
    {
        var name = field["name"]!.GetValue<string>();
        var args = field["args"]!.AsArray();
        var declarations = string.Join(", ", args.Select(a => $"${a!["name"]} : {TypeText(a["type"]!)}"));
        var uses = string.Join(", ", args.Select(a => $"{a!["name"]}: ${a["name"]}"));
        var selection = Named(field["type"]!)["kind"]!.GetValue<string>() is "OBJECT" or "INTERFACE" ? " { __typename }" : "";
        var query = args.Count == 0 ? $"mutation {{ {name}{selection} }}" : $"mutation({declarations}) {{ {name}({uses}){selection} }}";
        var variables = "{" + string.Join(",", args.Select(a =>
            FuzzValues.Quote(a!["name"]!.GetValue<string>()) + ":" + values.For(a["type"]!))) + "}";
        var body = "{\"query\":" + FuzzValues.Quote(query) + ",\"variables\":" + variables + "}";

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{slug}/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Fuzzer.SendAsync(request);
        return (body, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static JsonNode Named(JsonNode type) => type["ofType"] is { } inner ? Named(inner) : type;

    private static string TypeText(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeText(type["ofType"]!) + "!",
        "LIST" => "[" + TypeText(type["ofType"]!) + "]",
        _ => type["name"]!.GetValue<string>(),
    };

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
