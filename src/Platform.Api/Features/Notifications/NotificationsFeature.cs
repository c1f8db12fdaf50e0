using Platform.Api.Features.Notifications.Calendar;
using Platform.Api.Features.Notifications.Deliveries;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Email;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Api.Features.Notifications.Reminders;
using Platform.Api.Features.Notifications.SelfService;
using Platform.Modules;

namespace Platform.Api.Features.Notifications;

public static class NotificationsFeature
{
    /// <summary>
    /// The outbox and its dispatcher (every instance), who hears about what (planners), the emails (templates,
    /// calendar invites, self-service links), reminders, and the per-person calendar feed.
    /// </summary>
    public static IHostApplicationBuilder AddNotificationsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<NotificationsOptions>(NotificationsOptions.Section);
        services.AddScoped<OutboxFanOut>();
        services.AddScoped<DeliveryWorker>();
        services.AddScoped<DeliveryOutcomes>();
        services.AddScoped<MessageRecipients>();
        services.AddScoped<DeliveryQueries>();
        services.AddScoped<SelfServiceLinks>();
        // Self-service pages (cancel / reschedule links) and the calendar feed.
        services.AddScoped<SelfServiceBookings>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<CalendarFeedWriter>();
        services.AddScoped<IDeliveryPlanner, ReminderPlanner>();
        services.AddScoped<IDeliveryPlanner, EmailPlanner>();
        services.AddScoped<EmailModels>();
        services.AddScoped<NotificationTemplateService>();
        services.AddScoped<IDeliverySender, EmailDeliverySender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(s => s.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
