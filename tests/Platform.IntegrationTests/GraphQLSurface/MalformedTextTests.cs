using System.Net;
using System.Text;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>Text that is not text, and dates at the ends of the calendar: a 400 naming the input, never a 500.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MalformedTextTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private async Task<GraphQLClient.Response> PostRawAsync(string body, string? tenant = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tenant is null ? "/graphql" : $"/t/{tenant}/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await GraphQLClient.ReadAsync(await app.Http().SendAsync(request));
    }

    private static object Hold(string offering, string start) =>
        new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() };

    [Fact]
    public async Task A_lone_surrogate_in_any_json_string_is_400()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var bodies = new[]
        {
            // In a variable: signUp, createOffering, holdBooking.
            """{"query":"mutation($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }","variables":"""
                + """{"i":{"email":"a\ud800@b.test","password":"long-enough-1","displayName":"x"}}}""",
            """{"query":"mutation($i: OfferingInput!) { createOffering(input: $i) { userErrors { code } } }","variables":"""
                + """{"i":{"name":"\ud800"}}}""",
            """{"query":"mutation($i: HoldBookingInput!) { holdBooking(input: $i) { userErrors { code } } }","variables":"""
                + """{"i":{"offeringId":"\udfff","start":"2030-01-01T10:00:00Z"}}}""",
            // In the query text itself, and in a property name.
            """{"query":"{ __type(name: \"\ud800\") { name } }"}""",
            """{"query":"{ __typename }","variables":{"\ud800":1}}""",
        };

        foreach (var body in bodies)
        {
            var result = await PostRawAsync(body, org.Slug, org.Owner.Token);
            Assert.True(result.Status == HttpStatusCode.BadRequest, body + " → " + result.Status + " " + result.Body?.ToJsonString());
            Assert.Contains("surrogate", result.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_nul_character_or_a_graphql_escaped_lone_surrogate_is_a_request_error_naming_the_input()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var asVariable = await _bookings.GraphQL.SendAsync(
            "mutation($i: OfferingInput!) { createOffering(input: $i) { userErrors { code } } }",
            new { i = new { name = "Yoga\0class", durationsMinutes = new[] { 60 } } }, org.Owner.Token, org.Slug);
        var asLiteral = await _bookings.GraphQL.SendAsync("{ __type(name: \"\\ud800\") { name } }", tenant: org.Slug);

        Assert.Equal(HttpStatusCode.BadRequest, asVariable.Status);
        Assert.Contains("name", asVariable.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("NUL", asVariable.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, asLiteral.Status);
        Assert.Null(asLiteral.Data);
    }

    [Fact]
    public async Task Dates_at_the_ends_of_the_calendar_are_request_errors_naming_the_argument()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var slots = "query($from: DateOnly!, $to: DateOnly!) { "
            + "availableSlots(offeringId: \"" + offering + "\", from: $from, to: $to) { slots { start } } }";
        var hold = "mutation($i: HoldBookingInput!) { holdBooking(input: $i) { userErrors { code field } } }";
        var slug = shop.Org.Slug;

        var asVariables = new[]
        {
            ("$from", await _bookings.GraphQL.SendAsync(slots, new { from = "0001-01-01", to = "0001-01-03" }, tenant: slug)),
            ("$from", await _bookings.GraphQL.SendAsync(slots, new { from = "9999-12-29", to = "9999-12-31" }, tenant: slug)),
            ("$i.start", await _bookings.GraphQL.SendAsync(hold, new { i = Hold(offering, "9999-12-31T23:00:00Z") }, customer.Token, slug)),
            ("$i.start", await _bookings.GraphQL.SendAsync(hold, new { i = Hold(offering, "0001-01-01T00:00:00Z") }, customer.Token, slug)),
        };
        var asLiteral = await _bookings.GraphQL.SendAsync(
            $"{{ availableSlots(offeringId: \"{offering}\", from: \"0001-01-01\", to: \"0001-01-02\") {{ slots {{ start }} }} }}",
            tenant: slug);

        foreach (var (name, result) in asVariables)
        {
            Assert.True(result.Status == HttpStatusCode.BadRequest, result.Body?.ToJsonString());
            var message = result.Errors![0]!["message"]!.GetValue<string>();
            Assert.Contains(name, message, StringComparison.Ordinal);
            Assert.Contains("between 1900-01-01 and 2999-12-31", message, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, asLiteral.Status);
        Assert.Contains("'from'", asLiteral.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
