using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Modules.Video;
using Platform.Modules.Video.Daily;
using Platform.Modules.Video.Hms;
using Platform.Modules.Video.Jitsi;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>The module's registration: three providers picked by kind, settings with the documented defaults.</summary>
public sealed class VideoProviderTests
{
    [Fact]
    public async Task Registers_jitsi_hms_and_daily()
    {
        await using var video = await VideoHarness.StartAsync();
        Assert.Equal(["daily", "hms", "jitsi"], video.Kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Settings_default_to_the_real_services()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddVideoProviders();
        using var host = builder.Build();
        Assert.Equal("https://meet.jit.si/", host.Services.GetRequiredService<IOptions<JitsiOptions>>().Value.ServerUrl);
        var hms = host.Services.GetRequiredService<IOptions<HmsOptions>>().Value;
        Assert.Equal("https://api.100ms.live/v2/", hms.ApiBase);
        Assert.Equal(("host", "guest"), (hms.HostRole, hms.GuestRole));
        Assert.Equal("https://api.daily.co/v1/", host.Services.GetRequiredService<IOptions<DailyOptions>>().Value.ApiBase);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Video:Daily:ApiBase", "not a url")]);
        builder.AddVideoProviders();
        using var host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Video:Daily:ApiBase", error.Message, StringComparison.Ordinal);
    }
}
