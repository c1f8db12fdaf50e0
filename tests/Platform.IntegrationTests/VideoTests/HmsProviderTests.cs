using Platform.Modules.Video;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>100ms against its fake: management tokens, rooms by name, room codes per role, disable to end.</summary>
public sealed class HmsProviderTests
{
    [Fact]
    public async Task Validate_accepts_the_app_and_refuses_a_wrong_secret_or_access_key()
    {
        await using var video = await VideoHarness.StartAsync();
        var hms = video.Provider("hms");
        await hms.ValidateAsync(video.HmsCredentials, CancellationToken.None);

        var secret = await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => hms.ValidateAsync(video.HmsCredentials with { AppSecret = "wrong-secret" }, CancellationToken.None));
        Assert.Equal(401, secret.StatusCode);
        Assert.DoesNotContain("wrong-secret", secret.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => hms.ValidateAsync(video.HmsCredentials with { AppId = "other-key" }, CancellationToken.None));
        Assert.Equal(["GET /hms/v2/rooms?limit=1"], video.Fakes.Hms.Requests.Select(r => $"{r.Method} {r.Path}").Distinct());
    }

    [Theory]
    [InlineData(null, "acme")]
    [InlineData("template", null)]
    [InlineData("template", "not a host!")]
    public async Task Validate_requires_a_template_and_a_subdomain(string? templateId, string? subdomain)
    {
        await using var video = await VideoHarness.StartAsync();
        var credentials = video.HmsCredentials with { TemplateId = templateId, Subdomain = subdomain };
        await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => video.Provider("hms").ValidateAsync(credentials, CancellationToken.None));
        Assert.Empty(video.Fakes.Hms.Requests);
    }

    [Fact]
    public async Task A_management_token_the_service_sees_as_expired_is_refused()
    {
        await using var video = await VideoHarness.StartAsync();
        video.Fakes.Now = () => DateTimeOffset.UtcNow.AddDays(2);
        await Assert.ThrowsAsync<VideoCredentialsRejectedException>(
            () => video.Provider("hms").ValidateAsync(video.HmsCredentials, CancellationToken.None));
    }

    [Fact]
    public async Task Create_gives_the_host_and_the_guest_the_codes_of_their_roles()
    {
        await using var video = await VideoHarness.StartAsync();
        var spec = VideoHarness.Spec();
        var room = await video.Provider("hms").CreateRoomAsync(video.HmsCredentials, spec, CancellationToken.None);

        var made = Assert.Single(video.Fakes.Hms.Rooms);
        Assert.Equal((made.Id, spec.RoomName, "Consultation", true), (room.RoomId, made.Name, made.Description, made.Enabled));
        Assert.Equal($"https://acme-clinic.app.100ms.live/meeting/{made.Codes["guest"]}", room.JoinUrl);
        Assert.Equal($"https://acme-clinic.app.100ms.live/meeting/{made.Codes["host"]}", room.HostUrl);
        Assert.NotEqual(room.JoinUrl, room.HostUrl);
    }

    [Fact]
    public async Task Creating_twice_with_the_same_name_makes_one_room_with_the_same_links()
    {
        await using var video = await VideoHarness.StartAsync();
        var hms = video.Provider("hms");
        var spec = VideoHarness.Spec();
        var first = await hms.CreateRoomAsync(video.HmsCredentials, spec, CancellationToken.None);
        var again = await hms.CreateRoomAsync(video.HmsCredentials, spec, CancellationToken.None);
        Assert.Single(video.Fakes.Hms.Rooms);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task A_template_the_app_does_not_have_is_a_refusal_not_a_credentials_problem()
    {
        await using var video = await VideoHarness.StartAsync();
        var credentials = video.HmsCredentials with { TemplateId = "000000000000000000000000" };
        var error = await Assert.ThrowsAsync<VideoException>(
            () => video.Provider("hms").CreateRoomAsync(credentials, VideoHarness.Spec(), CancellationToken.None));
        Assert.IsNotType<VideoCredentialsRejectedException>(error);
        Assert.Equal(400, error.StatusCode);
        Assert.False(error.Transient);
    }

    [Fact]
    public async Task Update_describes_the_new_time_and_end_disables_the_room_even_twice()
    {
        await using var video = await VideoHarness.StartAsync();
        var hms = video.Provider("hms");
        var spec = VideoHarness.Spec();
        var room = await hms.CreateRoomAsync(video.HmsCredentials, spec, CancellationToken.None);

        var moved = spec with { Title = "Consultation (moved)", StartsAt = spec.StartsAt.AddDays(1), EndsAt = spec.EndsAt.AddDays(1) };
        var updated = await hms.UpdateRoomAsync(video.HmsCredentials, room, moved, CancellationToken.None);
        Assert.Equal(room, updated);
        Assert.Equal("Consultation (moved)", Assert.Single(video.Fakes.Hms.Rooms).Description);

        await hms.EndRoomAsync(video.HmsCredentials, room, CancellationToken.None);
        Assert.False(video.Fakes.Hms.IsEnabled(spec.RoomName));
        Assert.Equal([spec.RoomName], video.Fakes.Hms.Deleted);
        await hms.EndRoomAsync(video.HmsCredentials, room, CancellationToken.None);
        await hms.EndRoomAsync(video.HmsCredentials, room with { RoomId = "ffffffffffffffffffffffff" }, CancellationToken.None);

        // A booking confirmed again gets its room back, enabled, with the same links.
        var again = await hms.CreateRoomAsync(video.HmsCredentials, spec, CancellationToken.None);
        Assert.Equal(room, again);
        Assert.True(video.Fakes.Hms.IsEnabled(spec.RoomName));
    }

    [Fact]
    public async Task A_rate_limit_with_a_short_retry_after_is_waited_out()
    {
        await using var video = await VideoHarness.StartAsync();
        video.Fakes.Hms.RateLimitNext(1, TimeSpan.FromSeconds(1));
        var room = await video.Provider("hms").CreateRoomAsync(video.HmsCredentials, VideoHarness.Spec(), CancellationToken.None);
        Assert.NotEqual(room.JoinUrl, room.HostUrl);
        Assert.Equal([429, 200, 200], video.Fakes.Hms.Requests.Select(r => r.Status));
        Assert.Single(video.Fakes.Hms.Rooms);
    }

    [Fact]
    public async Task A_long_rate_limit_or_a_server_error_is_a_transient_failure()
    {
        await using var video = await VideoHarness.StartAsync();
        var hms = video.Provider("hms");
        video.Fakes.Hms.RateLimitNext(1, TimeSpan.FromMinutes(2));
        var limited = await Assert.ThrowsAsync<VideoException>(
            () => hms.CreateRoomAsync(video.HmsCredentials, VideoHarness.Spec(), CancellationToken.None));
        Assert.Equal((429, TimeSpan.FromMinutes(2), true), (limited.StatusCode, limited.RetryAfter, limited.Transient));

        video.Fakes.Hms.FailNext(1);
        var failed = await Assert.ThrowsAsync<VideoException>(
            () => hms.CreateRoomAsync(video.HmsCredentials, VideoHarness.Spec(), CancellationToken.None));
        Assert.Equal((500, true), (failed.StatusCode, failed.Transient));
        Assert.Empty(video.Fakes.Hms.Rooms);
    }
}
