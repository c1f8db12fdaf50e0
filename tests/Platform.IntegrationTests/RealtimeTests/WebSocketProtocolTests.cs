using System.Net.WebSockets;
using System.Text;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>graphql-transport-ws at /graphql: the handshake, operations over the socket, and every close code for misuse.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebSocketProtocolTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Init_is_acknowledged_pings_are_answered_and_queries_and_mutations_run_over_the_socket()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var client = await WsClient.OpenAsync(app.BaseAddress, customer.Token, shop.Org.Slug);
        Assert.Equal("graphql-transport-ws", client.SubProtocol);

        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });
        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong!["type"]!.GetValue<string>());
        Assert.Equal(1, pong["payload"]!["n"]!.GetValue<int>());

        await client.SubscribeAsync("q1", "{ viewer { user { email } } }");
        var next = await client.ExpectAsync("next", "q1");
        Assert.Equal(customer.Email, next["payload"]!["data"]!["viewer"]!["user"]!["email"]!.GetValue<string>());
        await client.ExpectAsync("complete", "q1");

        await client.SubscribeAsync("m1", "mutation($input: HoldBookingInput!) { holdBooking(input: $input) { booking { id status } userErrors { code } } }",
            new { input = new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() } });
        var held = await client.ExpectAsync("next", "m1");
        Assert.Equal("CONFIRMED", held["payload"]!["data"]!["holdBooking"]!["booking"]!["status"]!.GetValue<string>());
        await client.ExpectAsync("complete", "m1");

        // A validation error is an `error` message with the GraphQL errors, and the connection stays usable.
        await client.SubscribeAsync("bad", "{ noSuchField }");
        var error = await client.ExpectAsync("error", "bad");
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.GetValue<string>());
        await client.SubscribeAsync("anon", "subscription { dashboard { pendingConfirmations } }");
        Assert.Equal("error", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
        await client.SubscribeAsync("q2", "{ __typename }");
        await client.ExpectAsync("next", "q2");
        await client.ExpectAsync("complete", "q2");
    }

    [Fact]
    public async Task The_upgrade_requests_own_bearer_token_and_a_tenant_named_in_init_are_accepted()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        await using var client = await WsClient.ConnectAsync(app.BaseAddress, bearer: shop.Org.Owner.Token);
        await client.SendAsync(new { type = "connection_init", payload = new { tenant = shop.Org.Slug } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
        await client.SubscribeAsync("q", "{ viewer { membership { staffRole } } organization { slug } }");
        var next = await client.ExpectAsync("next", "q");
        Assert.Equal("OWNER", next["payload"]!["data"]!["viewer"]!["membership"]!["staffRole"]!.GetValue<string>());
        Assert.Equal(shop.Org.Slug, next["payload"]!["data"]!["organization"]!["slug"]!.GetValue<string>());
    }

    public static TheoryData<string, int> Misuse => new()
    {
        { "not json", 4400 },
        { "[1,2,3]", 4400 },
        { """{"type":"unknown"}""", 4400 },
        { """{"type":"connection_init","payload":"text"}""", 4400 },
        { """{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""", 4401 },
    };

    [Theory]
    [MemberData(nameof(Misuse))]
    public async Task Misuse_before_the_ack_closes_with_the_protocols_code(string frame, int code)
    {
        await using var client = await WsClient.ConnectAsync(app.BaseAddress);
        await client.SendTextAsync(frame);
        Assert.Equal(code, await client.ClosedAsync());
    }

    [Fact]
    public async Task Misuse_after_the_ack_closes_with_the_protocols_code()
    {
        var person = await _bookings.Accounts.SignUpAsync();
        async Task<WsClient> Acked() => await WsClient.OpenAsync(app.BaseAddress, person.Token, null);

        await using (var twice = await Acked())
        {
            await twice.SendAsync(new { type = "connection_init" });
            Assert.Equal(4429, await twice.ClosedAsync());
        }

        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        await using (var duplicate = await WsClient.OpenAsync(app.BaseAddress, person.Token, shop.Org.Slug))
        {
            // A subscription stays open, so its id is taken when the second subscribe arrives.
            await duplicate.SubscribeAsync("same", "subscription($o: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { slotsChanged(offeringId: $o, from: $f, to: $t) { offeringId } }",
                new { o = offering, f = DateTimeOffset.UtcNow, t = DateTimeOffset.UtcNow.AddDays(1) });
            await duplicate.SubscribeAsync("same", "{ __typename }");
            Assert.Equal(4409, await duplicate.ClosedAsync());
        }

        await using (var binary = await Acked())
        {
            await binary.SendRawAsync([1, 2, 3], WebSocketMessageType.Binary);
            Assert.Equal(4400, await binary.ClosedAsync());
        }

        await using (var big = await Acked())
        {
            await big.SendAsync(new { id = "x", type = "subscribe", payload = new { query = "{ __typename }", variables = new { pad = new string('a', 70_000) } } });
            Assert.Equal(1009, await big.ClosedAsync());
        }

        await using (var noId = await Acked())
        {
            await noId.SendAsync(new { type = "subscribe", payload = new { query = "{ __typename }" } });
            Assert.Equal(4400, await noId.ClosedAsync());
        }
    }

    [Fact]
    public async Task A_rejected_init_closes_with_4403_and_a_silent_client_with_4408()
    {
        await using (var forged = await WsClient.ConnectAsync(app.BaseAddress))
        {
            await forged.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });
            Assert.Equal(4403, await forged.ClosedAsync());
        }

        await using (var unknownTenant = await WsClient.ConnectAsync(app.BaseAddress))
        {
            await unknownTenant.SendAsync(new { type = "connection_init", payload = new { tenant = "no-such-org-" + Guid.NewGuid().ToString("N")[..6] } });
            Assert.Equal(4403, await unknownTenant.ClosedAsync());
        }

        var shop = await _bookings.ShopAsync(payments: false);
        var other = await _bookings.ShopAsync(payments: false);
        await using (var conflicting = await WsClient.ConnectAsync(app.BaseAddress, shop.Org.Slug))
        {
            await conflicting.SendAsync(new { type = "connection_init", payload = new { tenant = other.Org.Slug } });
            Assert.Equal(4403, await conflicting.ClosedAsync());
        }

        await using (var silent = await WsClient.ConnectAsync(app.BaseAddress))
        {
            Assert.Equal(4408, await silent.ClosedAsync());
        }

        await using (var wrongProtocol = await WsClient.ConnectAsync(app.BaseAddress, protocol: "graphql-ws"))
        {
            Assert.Equal(4406, await wrongProtocol.ClosedAsync());
        }
    }

    [Fact]
    public async Task Operations_per_connection_are_bounded_and_complete_stops_a_subscription()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        await using var client = await WsClient.OpenAsync(app.BaseAddress, null, shop.Org.Slug);
        const string slots = "subscription($o: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { slotsChanged(offeringId: $o, from: $f, to: $t) { offeringId } }";
        var variables = new { o = offering, f = DateTimeOffset.UtcNow, t = DateTimeOffset.UtcNow.AddDays(30) };
        for (var i = 0; i < 50; i++) await client.SubscribeAsync("s" + i, slots, variables);
        await client.SubscribeAsync("one-too-many", slots, variables);
        var refused = await client.ExpectAsync("error", "one-too-many");
        Assert.Equal("TOO_MANY_OPERATIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await Live.SubscribedAsync(app, shop.Org, 50);

        for (var i = 0; i < 50; i++) await client.SendAsync(new { id = "s" + i, type = "complete" });
        await Live.SubscribedAsync(app, shop.Org, 0);
        // Completed ids are free again, and the connection is fine.
        await client.SubscribeAsync("s0", "{ __typename }");
        await client.ExpectAsync("next", "s0");
        await client.ExpectAsync("complete", "s0");
    }

    [Fact]
    public async Task A_batch_of_garbage_frames_leaves_the_process_healthy_and_new_connections_work()
    {
        var frames = new List<byte[]>
        {
            Encoding.UTF8.GetBytes("{"), Encoding.UTF8.GetBytes("null"), Encoding.UTF8.GetBytes("""{"type":42}"""),
            Encoding.UTF8.GetBytes("""{"type":"subscribe","id":7,"payload":{}}"""), Encoding.UTF8.GetBytes(new string('[', 10_000)),
            new byte[] { 0xff, 0xfe, 0xfd }, Encoding.UTF8.GetBytes("""{"type":"connection_init","payload":{"authorization":42}}""" + "\0"),
        };
        var tasks = Enumerable.Range(0, 40).Select(async i =>
        {
            await using var client = await WsClient.ConnectAsync(app.BaseAddress);
            try
            {
                await client.SendRawAsync(frames[i % frames.Count], i % 3 == 0 ? WebSocketMessageType.Binary : WebSocketMessageType.Text);
            }
            catch (WebSocketException)
            {
                // The server may close before a second frame; that is the point.
            }

            return await client.ClosedAsync();
        });
        var codes = await Task.WhenAll(tasks);
        // 4400 for what is not a protocol message, 4401 for a subscribe before the ack: every socket closed with a
        // code. A text frame that is not UTF-8 is refused by the WebSocket layer itself, which must "fail the
        // connection" (RFC 6455 §8.1): it sends 1007 and aborts, and the abort can overtake the close frame.
        const int NotUtf8 = 5;
        for (var i = 0; i < codes.Length; i++)
        {
            if (i % frames.Count == NotUtf8 && i % 3 != 0) Assert.Contains(codes[i], new int?[] { 1007, null });
            else Assert.Contains(codes[i], new int?[] { 4400, 4401 });
        }

        Assert.Contains(4400, codes);

        using var http = app.Http();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var person = await _bookings.Accounts.SignUpAsync();
        await using var fine = await WsClient.OpenAsync(app.BaseAddress, person.Token, null);
        await fine.SubscribeAsync("q", "{ viewer { user { email } } }");
        var next = await fine.ExpectAsync("next", "q");
        Assert.Equal(person.Email, next["payload"]!["data"]!["viewer"]!["user"]!["email"]!.GetValue<string>());
    }
}
