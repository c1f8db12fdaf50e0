using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;

namespace Platform.Api.Features.Bookings;

public static class BookingsExtensions
{
    /// <summary>The booking lifecycle: holds, status changes, reschedules, waitlists, series, carts, lists and stats.</summary>
    public static IServiceCollection AddBookingsFeature(this IServiceCollection services)
    {
        services.AddScoped<BookingAccess>();
        services.AddScoped<BookingCustomers>();
        services.AddScoped<BookingAsks>();
        services.AddScoped<BookingSettingsService>();
        services.AddScoped<HoldWriter>();
        services.AddScoped<HoldService>();
        services.AddScoped<LifecycleService>();
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
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<Cart>(s.GetRequiredService<Data.PlatformDbContext>(), CartType.TypeName, c => c.Id, c => c.CustomerUserId));
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<BookingSeries>(s.GetRequiredService<Data.PlatformDbContext>(), BookingSeriesType.TypeName, x => x.Id, x => x.CustomerUserId));
        services.AddScoped<INodeSource>(s => new CustomerRowNodeSource<WaitlistEntry>(s.GetRequiredService<Data.PlatformDbContext>(), WaitlistEntryType.TypeName, e => e.Id, e => e.CustomerUserId));
        return services;
    }
}
