using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Video.Accounts;
using Platform.Api.Features.Video.GraphQL;
using Platform.Api.Features.Video.Rooms;

namespace Platform.Api.Features.Video;

public static class VideoFeature
{
    /// <summary>
    /// Every confirmed video booking has a room: the services (Jitsi, 100ms, Daily), organizations' settings (encrypted),
    /// the planner and sender that make, move and end rooms through the outbox, the links other features read, and
    /// <c>booking.video</c>.
    /// </summary>
    public static IHostApplicationBuilder AddVideoFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<VideoSecrets>();
        services.AddScoped<VideoServices>();
        services.AddScoped<VideoLinks>();
        services.AddScoped<VideoAccountAdministration>();
        services.AddScoped<IDeliveryPlanner, VideoRoomPlanner>();
        services.AddScoped<IDeliverySender, VideoRoomSender>();
        services.AddSingleton<IBookingFieldContributor, BookingVideoFields>();
        return builder;
    }
}
