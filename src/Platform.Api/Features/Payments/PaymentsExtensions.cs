using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Payments;

public static class PaymentsExtensions
{
    /// <summary>Stripe Connect onboarding, payments for holds and carts, webhooks, reconciliation, refunds, the ledger.</summary>
    public static IServiceCollection AddPaymentsFeature(this IServiceCollection services)
    {
        services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section);
        services.AddScoped<PaymentAccountService>();
        services.AddScoped<PaymentSubjects>();
        services.AddScoped<PaymentService>();
        services.AddScoped<PaymentCoordinator>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<ProcessStripeEventJob>();
        services.AddScoped<ConvergePaymentJob>();
        services.AddScoped<ReconcilePaymentsJob>();
        services.AddScoped<PaymentReconciler>();
        services.AddScoped<PaymentRefunds>();
        services.AddScoped<StripeInboxService>();
        services.AddScoped<SweepStripeInboxJob>();
        services.AddScoped<WebhookInbox>();
        services.AddScoped<IBookingPayments, BookingPaymentsHook>();
        return services;
    }

    /// <summary>The webhooks and the pages Stripe's hosted onboarding sends administrators back to.</summary>
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapStripeWebhooks();
        app.MapConnectOnboardingPages();
        return app;
    }
}
