using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.Features.Calendars.Events;
using Platform.Api.Features.Calendars.GraphQL;
using Platform.Api.Features.Calendars.Sync;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Modules;

namespace Platform.Api.Features.Calendars;

public static class CalendarsFeature
{
    /// <summary>
    /// Providers' outside calendars (docs/providers.md): OAuth connections and ICS feeds, the sync that turns their events
    /// into busy times, the Calendar delivery channel that writes bookings into them, and flagged conflicts.
    /// </summary>
    public static IHostApplicationBuilder AddCalendarsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<CalendarsOptions>(CalendarsOptions.Section);
        services.AddSingleton<CalendarSecrets>();
        services.AddSingleton<CalendarProviders>();
        services.AddSingleton<CalendarSyncSignal>();
        services.AddSingleton<BusyTimesNotifier>();
        services.AddScoped<ProviderAccess>();
        services.AddScoped<CalendarConnectService>();
        services.AddScoped<CalendarConsentCompletion>();
        services.AddScoped<CalendarConnectionAdministration>();
        services.AddScoped<IcsSubscriptions>();

        // Sync (Sync/): the worker, one connection's sync, writing busy times and flagging conflicts.
        services.AddScoped<CalendarSyncer>();
        services.AddScoped<ConnectionTokens>();
        services.AddScoped<ConnectionBreaker>();
        services.AddScoped<BusyWriter>();
        services.AddScoped<ConflictFlagger>();
        services.AddScoped<PushChannels>();
        services.AddSingleton<CalendarSyncWorker>();
        services.AddHostedService(s => s.GetRequiredService<CalendarSyncWorker>());

        // Bookings into calendars (Events/): a planner and a sender for the dispatcher's Calendar channel.
        services.AddScoped<CalendarEventContent>();
        services.AddScoped<IDeliveryPlanner, CalendarEventPlanner>();
        services.AddScoped<IDeliverySender, CalendarEventSender>();

        services.AddSingleton<IBookingFieldContributor, BookingCalendarFields>();
        return builder;
    }

    /// <summary>The OAuth callback and the services' push notifications.</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCalendarCallback();
        app.MapCalendarPush();
        return app;
    }
}
