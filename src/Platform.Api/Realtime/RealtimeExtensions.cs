using Platform.Api.Features.Bookings.Live;
using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.GraphQL.Transport.Sse;
using Platform.Api.GraphQL.Transport.WebSockets;

namespace Platform.Api.Realtime;

public static class RealtimeExtensions
{
    /// <summary>The LISTEN fan-out, the subscription feeds and the WebSocket and SSE transports.</summary>
    public static IHostApplicationBuilder AddPlatformRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RealtimeOptions>(builder.Configuration.GetSection(RealtimeOptions.Section));
        builder.Services.AddSingleton<RealtimeHub>();
        builder.Services.AddSingleton<EventMemo>();
        builder.Services.AddSingleton<MembershipCache>();
        builder.Services.AddSingleton<EventListener>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EventListener>());
        builder.Services.AddHealthChecks().AddCheck<EventListenerHealthCheck>("realtime", tags: [Operations.OperationsExtensions.ReadyTag]);
        builder.Services.AddSingleton<LiveLoads>();
        builder.Services.AddSingleton<BookingChangedFeed>();
        builder.Services.AddSingleton<SlotsChangedFeed>();
        builder.Services.AddSingleton<DashboardFeed>();
        builder.Services.AddSingleton<OperationRunner>();
        builder.Services.AddScoped<ConnectionAuthenticator>();
        builder.Services.AddScoped<GraphQLWebSocketEndpoint>();
        builder.Services.AddSingleton<GraphQLSseEndpoint>();
        return builder;
    }
}
