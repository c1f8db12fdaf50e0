using Platform.Api.Data;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Guests;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Live;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Bookings.Reschedule;
using Platform.Api.Features.Bookings.Series;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Bookings.Stats;
using Platform.Api.Features.Bookings.Waitlists;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Modules;

namespace Platform.Api.Features.Bookings;

public static class BookingsFeature
{
    /// <summary>
    /// The booking lifecycle: holds, status changes, reschedules, waitlists, series, carts, lists and
    /// stats, the expiry sweep, and the live feeds that subscriptions read.
    /// </summary>
    public static IHostApplicationBuilder AddBookingsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<BookingAccess>();
        services.AddScoped<BookingCustomers>();
        services.AddScoped<BookingAsks>();
        services.AddScoped<BookingSettingsService>();
        services.AddValidatedOptions<BookingSettingsCacheOptions>(BookingSettingsCacheOptions.Section);
        services.AddSingleton<BookingSettingsCache>();
        services.AddSingleton<Realtime.ISharedCache>(s => s.GetRequiredService<BookingSettingsCache>());
        services.AddScoped<HoldWriter>();
        services.AddScoped<HoldService>();
        services.AddScoped<LifecycleService>();
        services.AddScoped<BookingPaymentTransitions>();
        services.AddScoped<RescheduleService>();
        services.AddScoped<SeriesService>();
        services.AddScoped<CartService>();
        services.AddScoped<WaitlistPromoter>();
        services.AddScoped<WaitlistService>();
        services.AddScoped<WaitlistQueries>();
        services.AddScoped<BookingQueries>();
        services.AddScoped<BookingStatsService>();
        services.AddScoped<BookingSweep>();
        services.AddScoped<ExpireBookingsJob>();
        services.AddScoped<IEmailConfirmedHandler, GuestClaims>();
        services.AddScoped<INodeSource, BookingNodeSource>();
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<Cart>(
            s.GetRequiredService<PlatformDbContext>(), CartType.TypeName, c => c.Id, c => c.CustomerUserId));
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<BookingSeries>(
            s.GetRequiredService<PlatformDbContext>(), BookingSeriesType.TypeName, x => x.Id, x => x.CustomerUserId));
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<WaitlistEntry>(
            s.GetRequiredService<PlatformDbContext>(), WaitlistEntryType.TypeName, e => e.Id, e => e.CustomerUserId));
        // The subscriptions' feeds: singletons over the realtime hub, one watcher per subscriber.
        services.AddSingleton<LiveLoads>();
        services.AddSingleton<BookingChangedFeed>();
        services.AddSingleton<SlotsChangedFeed>();
        services.AddSingleton<DashboardFeed>();
        return builder;
    }
}
