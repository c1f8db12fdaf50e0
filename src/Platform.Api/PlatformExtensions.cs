using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Calendars;
using Platform.Api.Features.Integrations;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Calendar;
using Platform.Api.Features.Notifications.SelfService;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations;
using Platform.Api.Features.Organizations.Invitations;
using Platform.Api.Features.Payments;
using Platform.Api.Features.Pricing;
using Platform.Api.Features.Video;
using Platform.Api.GraphQL;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;
using Platform.Api.Jobs;
using Platform.Api.Operations;
using Platform.Api.Realtime;
using Platform.Api.WebClient;
using Platform.Modules;
using Platform.Tenancy;

namespace Platform.Api;

/// <summary>The composition root: what Program.cs calls, in order.</summary>
public static class PlatformExtensions
{
    /// <summary>The infrastructure every feature stands on, then the product, one feature a line.</summary>
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddPlatformOperations();
        builder.AddPlatformData();
        builder.AddPlatformIdentity();
        builder.AddPlatformModules();
        builder.AddPlatformGraphQL();
        builder.AddPlatformRealtime();
        builder.AddPlatformJobs();
        builder.Services.AddSingleton<GraphQL.RateLimiting.SharedWindowCounter>();
        builder.Services.AddSingleton<PlatformRateLimiter>();
        builder.Services.AddHostedService<GraphQL.RateLimiting.RateLimitWindowSweeper>();

        builder.AddOrganizationsFeature();
        builder.AddOfferingsFeature();
        builder.AddAvailabilityFeature();
        builder.AddPricingFeature();
        builder.AddBookingsFeature();
        builder.AddPaymentsFeature();
        builder.AddNotificationsFeature();
        builder.AddIntegrationsFeature();
        builder.AddCalendarsFeature();
        builder.AddVideoFeature();

        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoCatalogSeeder>();
        builder.Services.AddScoped<DemoBookingSeeder>();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        // A worker's hosted services do its work; its port answers only the orchestrator's health probes.
        if (PlatformRole.IsWorker(app.Configuration))
        {
            app.MapPlatformHealth();
            return app;
        }

        app.UseMiddleware<ServerErrorMiddleware>();
        // Before static files and tenant resolution: it sets /app/ files' cache headers and answers the client's pages.
        app.UseWebClient();
        app.UseStaticFiles();
        app.UseWebSockets();
        // Tenant resolution runs before routing so /t/{slug}/graphql routes exactly like /graphql.
        app.UseMultiTenancy();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseAuthorization();
        app.UsePlatformJobsDashboard();
        app.MapPlatformHealth();
        app.MapConnectEndpoints();
        app.MapPlatformGraphQL();
        app.MapPaymentEndpoints();
        app.MapSelfServicePages();
        app.MapCalendarFeed();
        app.MapInvitationPage();
        app.MapCalendarEndpoints();
        return app;
    }
}
