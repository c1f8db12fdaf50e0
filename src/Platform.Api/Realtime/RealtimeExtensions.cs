using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.GraphQL.Transport.Sse;
using Platform.Api.GraphQL.Transport.WebSockets;
using Platform.Modules;

namespace Platform.Api.Realtime;

public static class RealtimeExtensions
{
    /// <summary>The LISTEN fan-out and the WebSocket and SSE transports; each feature registers its own feeds.</summary>
    public static IHostApplicationBuilder AddPlatformRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<RealtimeOptions>(RealtimeOptions.Section);
        builder.Services.AddSingleton<RealtimeHub>();
        builder.Services.AddSingleton<EventMemo>();
        builder.Services.AddSingleton<MembershipCache>();
        builder.Services.AddSingleton<ISharedCache>(services => services.GetRequiredService<MembershipCache>());
        builder.Services.AddSingleton<ISharedCache, TenantCacheInvalidation>();
        builder.Services.AddSingleton<EventListener>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EventListener>());
        builder.Services.AddHealthChecks()
            .AddCheck<EventListenerHealthCheck>("realtime", tags: [Operations.OperationsExtensions.ReadyTag]);
        builder.Services.AddSingleton<OperationRunner>();
        builder.Services.AddScoped<ConnectionAuthenticator>();
        builder.Services.AddScoped<GraphQLWebSocketEndpoint>();
        builder.Services.AddSingleton<GraphQLSseEndpoint>();
        return builder;
    }
}
