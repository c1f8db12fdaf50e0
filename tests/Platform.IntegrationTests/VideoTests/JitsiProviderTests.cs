using System.Text.Json;
using Platform.Modules.Video;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Jitsi: no API; links are the server plus the room name, signed when the organization has an app secret.</summary>
public sealed class JitsiProviderTests
{
    private static readonly VideoCredentials Signed =
        new(AppId: "acme-app", AppSecret: "short-secret", ServerUrl: "https://meet.acme.test");

    [Fact]
    public async Task Validate_accepts_the_default_server_and_an_https_server_with_both_app_settings()
    {
        await using var video = await VideoHarness.StartAsync();
        var jitsi = video.Provider("jitsi");
        await jitsi.ValidateAsync(new VideoCredentials(), CancellationToken.None);
        await jitsi.ValidateAsync(Signed, CancellationToken.None);
        await jitsi.ValidateAsync(new VideoCredentials(ServerUrl: "http://127.0.0.1:8443/"), CancellationToken.None);
    }

    [Theory]
    [InlineData("http://meet.acme.test/", "a", "b")]
    [InlineData("meet.acme.test", null, null)]
    [InlineData("ftp://meet.acme.test/", null, null)]
    [InlineData("https://meet.acme.test/", "app-only", null)]
    [InlineData("https://meet.acme.test/", null, "secret-only")]
    public async Task Validate_refuses_a_plain_http_or_relative_server_and_half_an_app(string server, string? appId, string? secret)
    {
        await using var video = await VideoHarness.StartAsync();
        var credentials = new VideoCredentials(ServerUrl: server, AppId: appId, AppSecret: secret);
        await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => video.Provider("jitsi").ValidateAsync(credentials, CancellationToken.None));
    }

    [Fact]
    public async Task Without_credentials_both_links_are_the_room_on_the_default_server()
    {
        await using var video = await VideoHarness.StartAsync();
        var spec = VideoHarness.Spec();
        var room = await video.Provider("jitsi").CreateRoomAsync(new VideoCredentials(), spec, CancellationToken.None);
        Assert.Equal($"https://meet.jit.si/{spec.RoomName}", room.JoinUrl);
        Assert.Equal(room.JoinUrl, room.HostUrl);
        Assert.Equal(spec.RoomName, room.RoomId);
    }

    [Fact]
    public async Task Signed_links_verify_with_the_secret_and_only_the_host_is_moderator()
    {
        await using var video = await VideoHarness.StartAsync();
        var spec = VideoHarness.Spec();
        var room = await video.Provider("jitsi").CreateRoomAsync(Signed, spec, CancellationToken.None);

        Assert.NotEqual(room.JoinUrl, room.HostUrl);
        Assert.StartsWith($"https://meet.acme.test/{spec.RoomName}?jwt=", room.JoinUrl, StringComparison.Ordinal);
        var guest = VideoHarness.VerifiedClaims(VideoHarness.Query(room.JoinUrl, "jwt"), "short-secret")!.Value;
        var host = VideoHarness.VerifiedClaims(VideoHarness.Query(room.HostUrl, "jwt"), "short-secret")!.Value;
        Assert.Null(VideoHarness.VerifiedClaims(VideoHarness.Query(room.HostUrl, "jwt"), "another-secret"));

        Assert.False(Moderator(guest));
        Assert.True(Moderator(host));
        Assert.Equal("Guest Person", guest.GetProperty("context").GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("Dr Host", host.GetProperty("context").GetProperty("user").GetProperty("name").GetString());
        foreach (var claims in new[] { guest, host })
        {
            Assert.Equal("jitsi", claims.GetProperty("aud").GetString());
            Assert.Equal("acme-app", claims.GetProperty("iss").GetString());
            Assert.Equal("meet.acme.test", claims.GetProperty("sub").GetString());
            Assert.Equal(spec.RoomName, claims.GetProperty("room").GetString());
            Assert.Equal(spec.EndsAt.AddHours(1).ToUnixTimeSeconds(), claims.GetProperty("exp").GetInt64());
            Assert.Equal(spec.StartsAt.AddMinutes(-15).ToUnixTimeSeconds(), claims.GetProperty("nbf").GetInt64());
        }
    }

    [Fact]
    public async Task Creating_twice_gives_the_same_room_and_rescheduling_moves_the_expiry()
    {
        await using var video = await VideoHarness.StartAsync();
        var jitsi = video.Provider("jitsi");
        var spec = VideoHarness.Spec();
        var first = await jitsi.CreateRoomAsync(Signed, spec, CancellationToken.None);
        var again = await jitsi.CreateRoomAsync(Signed, spec, CancellationToken.None);
        Assert.Equal(first.RoomId, again.RoomId);

        var moved = spec with { StartsAt = spec.StartsAt.AddDays(2), EndsAt = spec.EndsAt.AddDays(2) };
        var updated = await jitsi.UpdateRoomAsync(Signed, first, moved, CancellationToken.None);
        var claims = VideoHarness.VerifiedClaims(VideoHarness.Query(updated.JoinUrl, "jwt"), "short-secret")!.Value;
        Assert.Equal(moved.EndsAt.AddHours(1).ToUnixTimeSeconds(), claims.GetProperty("exp").GetInt64());
        Assert.Equal(first.RoomId, updated.RoomId);

        await jitsi.EndRoomAsync(Signed, updated, CancellationToken.None);
        await jitsi.EndRoomAsync(Signed, updated, CancellationToken.None);
    }

    private static bool Moderator(JsonElement claims) =>
        claims.GetProperty("context").GetProperty("user").GetProperty("moderator").GetBoolean();
}
