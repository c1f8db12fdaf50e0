using Platform.Modules.Video;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Daily against its fake: private rooms with nbf/exp, owner and guest meeting tokens, delete to end.</summary>
public sealed class DailyProviderTests
{
    [Fact]
    public async Task Validate_accepts_the_api_key_and_refuses_another()
    {
        await using var video = await VideoHarness.StartAsync();
        var daily = video.Provider("daily");
        await daily.ValidateAsync(video.DailyCredentials, CancellationToken.None);

        var error = await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => daily.ValidateAsync(new VideoCredentials(ApiKey: "wrong-key"), CancellationToken.None));
        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("wrong-key", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => daily.ValidateAsync(new VideoCredentials(), CancellationToken.None));
    }

    [Fact]
    public async Task Create_makes_a_private_room_with_an_owner_token_for_the_host_only()
    {
        await using var video = await VideoHarness.StartAsync();
        var spec = VideoHarness.Spec();
        var room = await video.Provider("daily").CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None);

        var made = Assert.Single(video.Fakes.Daily.Rooms);
        Assert.Equal((spec.RoomName, "private", true), (made.Name, made.Privacy, made.EjectAtRoomExp));
        Assert.Equal(spec.StartsAt.AddMinutes(-15).ToUnixTimeSeconds(), made.Nbf);
        Assert.Equal(spec.EndsAt.AddHours(1).ToUnixTimeSeconds(), made.Exp);
        Assert.Equal(spec.RoomName, room.RoomId);
        Assert.NotEqual(room.JoinUrl, room.HostUrl);
        Assert.StartsWith($"{made.Url}?t=", room.JoinUrl, StringComparison.Ordinal);

        var guest = video.Fakes.Daily.Token(VideoHarness.Query(room.JoinUrl, "t"))!;
        var host = video.Fakes.Daily.Token(VideoHarness.Query(room.HostUrl, "t"))!;
        Assert.Equal((spec.RoomName, false, "Guest Person", made.Exp), (guest.RoomName, guest.IsOwner, guest.UserName, guest.Exp));
        Assert.Equal((spec.RoomName, true, "Dr Host", made.Exp), (host.RoomName, host.IsOwner, host.UserName, host.Exp));
    }

    [Fact]
    public async Task Creating_twice_with_the_same_name_finds_the_first_room()
    {
        await using var video = await VideoHarness.StartAsync();
        var daily = video.Provider("daily");
        var spec = VideoHarness.Spec();
        var first = await daily.CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None);
        var again = await daily.CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None);

        Assert.Single(video.Fakes.Daily.Rooms);
        Assert.Equal(first.RoomId, again.RoomId);
        Assert.True(video.Fakes.Daily.Token(VideoHarness.Query(again.HostUrl, "t"))!.IsOwner);
        Assert.Contains(video.Fakes.Daily.Requests, r => r is { Method: "POST", Path: "/daily/v1/rooms", Status: 400 });
        Assert.Contains(video.Fakes.Daily.Requests, r => r.Method == "GET" && r.Path == $"/daily/v1/rooms/{spec.RoomName}");
    }

    [Fact]
    public async Task A_name_daily_does_not_accept_is_a_refusal()
    {
        await using var video = await VideoHarness.StartAsync();
        var spec = VideoHarness.Spec() with { RoomName = new string('a', 129) };
        var error = await Assert.ThrowsAsync<VideoException>(
            () => video.Provider("daily").CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None));
        Assert.Equal((400, false), (error.StatusCode, error.Transient));
        Assert.Empty(video.Fakes.Daily.Rooms);
    }

    [Fact]
    public async Task Rescheduling_moves_the_room_and_its_tokens()
    {
        await using var video = await VideoHarness.StartAsync();
        var daily = video.Provider("daily");
        var spec = VideoHarness.Spec();
        var room = await daily.CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None);

        var moved = spec with { StartsAt = spec.StartsAt.AddDays(3), EndsAt = spec.EndsAt.AddDays(3).AddMinutes(30) };
        var updated = await daily.UpdateRoomAsync(video.DailyCredentials, room, moved, CancellationToken.None);
        var made = Assert.Single(video.Fakes.Daily.Rooms);
        Assert.Equal(moved.StartsAt.AddMinutes(-15).ToUnixTimeSeconds(), made.Nbf);
        Assert.Equal(moved.EndsAt.AddHours(1).ToUnixTimeSeconds(), made.Exp);
        Assert.Equal(made.Exp, video.Fakes.Daily.Token(VideoHarness.Query(updated.JoinUrl, "t"))!.Exp);
        Assert.Equal(made.Exp, video.Fakes.Daily.Token(VideoHarness.Query(updated.HostUrl, "t"))!.Exp);
        Assert.NotEqual(room.HostUrl, updated.HostUrl);
    }

    [Fact]
    public async Task End_deletes_the_room_and_a_room_already_gone_counts_as_ended()
    {
        await using var video = await VideoHarness.StartAsync();
        var daily = video.Provider("daily");
        var spec = VideoHarness.Spec();
        var room = await daily.CreateRoomAsync(video.DailyCredentials, spec, CancellationToken.None);
        Assert.True(video.Fakes.Daily.IsEnabled(spec.RoomName));

        await daily.EndRoomAsync(video.DailyCredentials, room, CancellationToken.None);
        await daily.EndRoomAsync(video.DailyCredentials, room, CancellationToken.None);
        Assert.Empty(video.Fakes.Daily.Rooms);
        Assert.Equal([spec.RoomName], video.Fakes.Daily.Deleted);
        Assert.False(video.Fakes.Daily.IsEnabled(spec.RoomName));
    }

    [Fact]
    public async Task A_rate_limit_with_a_short_retry_after_is_waited_out()
    {
        await using var video = await VideoHarness.StartAsync();
        video.Fakes.Daily.RateLimitNext(2, TimeSpan.FromSeconds(1));
        var room = await video.Provider("daily").CreateRoomAsync(video.DailyCredentials, VideoHarness.Spec(), CancellationToken.None);
        Assert.NotEqual(room.JoinUrl, room.HostUrl);
        Assert.Equal([429, 429, 200, 200, 200], video.Fakes.Daily.Requests.Select(r => r.Status));
        Assert.Single(video.Fakes.Daily.Rooms);
    }

    [Fact]
    public async Task A_long_rate_limit_or_a_server_error_is_a_transient_failure()
    {
        await using var video = await VideoHarness.StartAsync();
        var daily = video.Provider("daily");
        video.Fakes.Daily.RateLimitNext(1, TimeSpan.FromMinutes(5));
        var limited = await Assert.ThrowsAsync<VideoException>(() => daily.ValidateAsync(video.DailyCredentials, CancellationToken.None));
        Assert.Equal((429, TimeSpan.FromMinutes(5), true), (limited.StatusCode, limited.RetryAfter, limited.Transient));

        video.Fakes.Daily.FailNext(1);
        var failed = await Assert.ThrowsAsync<VideoException>(() => daily.ValidateAsync(video.DailyCredentials, CancellationToken.None));
        Assert.Equal((500, true), (failed.StatusCode, failed.Transient));
    }

    [Fact]
    public async Task An_unreachable_service_is_a_transient_failure_without_a_status()
    {
        var unreachable = new Dictionary<string, string> { ["Video:Daily:ApiBase"] = "http://127.0.0.1:1/v1/" };
        await using var video = await VideoHarness.StartAsync(unreachable);
        var error = await Assert.ThrowsAsync<VideoException>(
            () => video.Provider("daily").ValidateAsync(video.DailyCredentials, CancellationToken.None));
        Assert.Equal((null, true), (error.StatusCode, error.Transient));
        Assert.DoesNotContain(video.Fakes.Daily.ApiKey, error.Message, StringComparison.Ordinal);
    }
}
