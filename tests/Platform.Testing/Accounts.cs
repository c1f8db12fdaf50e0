using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Testing;

/// <summary>Creates users and organizations through the public API, and signs in through OAuth.</summary>
/// <param name="app">The host: the integration tests' or a benchmark's.</param>
/// <param name="http">The client GraphQL requests go through (by default the host's, from 127.0.0.1).</param>
public sealed class Accounts(ITestHost app, HttpClient? http = null)
{
    public const string Password = "correct-horse-battery-9";

    private int _tokenRequests;

    public GraphQLClient GraphQL { get; } = new(http ?? app.Http());

    /// <summary>GraphQL and token requests sent so far (benchmarks report their set-up's).</summary>
    public int Requests => GraphQL.Requests + Volatile.Read(ref _tokenRequests);

    public sealed record Person(string Email, string Token, Guid Id);

    /// <param name="Currency">The organization's currency (prices in tests default to it).</param>
    public sealed record Organization(string Slug, string Id, Person Owner, string Currency = "USD");

    /// <summary>
    /// Signs up (or, when the email already has an account with <see cref="Password"/>, just signs in) and returns a
    /// token. The email stays unconfirmed: <see cref="ConfirmEmailAsync"/> follows the emailed link.
    /// </summary>
    public async Task<Person> SignUpAsync(string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        var result = await GraphQL.SendAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code message } } }",
            new { input = new { email, password = Password, displayName = "Test User" } });
        if (result.Get("signUp.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
        var token = await TokenAsync(email, Password);
        return new Person(email, token, SubjectOf(token));
    }

    /// <summary>Confirms <paramref name="person"/>'s email the way its owner would: by opening the newest emailed link.</summary>
    public async Task ConfirmEmailAsync(Person person)
    {
        var viewer = await GraphQL.SendAsync("{ viewer { user { emailConfirmed } } }", token: person.Token);
        if (viewer.Get("viewer.user.emailConfirmed").GetValue<bool>()) return;
        // From an address of its own: the link must not be refused for wrong tokens other tests presented.
        using var http = Loopback.Http(app.BaseAddress, Loopback.RandomAddress());
        using var page = await http.GetAsync(Mailbox.LatestLink(app, person.Email, "/account/confirm"));
        if (!page.IsSuccessStatusCode)
            throw new InvalidOperationException($"Confirmation failed: {await page.Content.ReadAsStringAsync()}");
    }

    /// <summary>The user id: the <c>sub</c> claim of the access token (a signed, unencrypted JWT).</summary>
    public static Guid SubjectOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = JsonNode.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')))!;
        return Guid.Parse(json["sub"]!.GetValue<string>());
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        Interlocked.Increment(ref _tokenRequests);
        using var response = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "platform-dev",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "api offline_access",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"No token: {body?.ToJsonString()}");
    }

    public async Task<Organization> CreateOrganizationAsync(Person? owner = null, string timeZone = "Europe/London", string currency = "USD")
    {
        owner ??= await SignUpAsync();
        var slug = "org-" + Guid.NewGuid().ToString("N")[..12];
        var result = await GraphQL.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug } userErrors { code message } } }",
            new { input = new { name = "Org " + slug, slug, timeZone, currency } },
            owner.Token);
        if (result.Get("createOrganization.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
        return new Organization(slug, result.Get("createOrganization.organization.id").GetValue<string>(), owner, currency);
    }

    /// <summary>Adds <paramref name="person"/> to <paramref name="organization"/> with a staff role (or as a customer with none).</summary>
    public async Task<string> AddMemberAsync(Organization organization, Person person, string? staffRole, params string[] customerRoles)
    {
        var result = await GraphQL.SendAsync(
            "mutation($input: MemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }",
            new { input = new { email = person.Email, staffRole, customerRoles } },
            organization.Owner.Token, organization.Slug);
        if (result.Get("addMember.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
        return result.Get("addMember.membership.id").GetValue<string>();
    }

    public async Task<string> DefineRoleAsync(Organization organization, string key)
    {
        var result = await GraphQL.SendAsync(
            "mutation($input: DefineCustomerRoleInput!) { defineCustomerRole(input: $input) { customerRole { id } userErrors { code } } }",
            new { input = new { key, name = key } }, organization.Owner.Token, organization.Slug);
        return result.Get("defineCustomerRole.customerRole.id").GetValue<string>();
    }
}
