using Microsoft.Extensions.Hosting;

namespace Platform.Modules.Video;

public static class VideoProvidersRegistration
{
    /// <summary>Registers the module (its settings, HTTP client and provider). Filled in by the module's issue-16 work.</summary>
    public static IHostApplicationBuilder AddVideoProviders(this IHostApplicationBuilder builder) => builder;
}
