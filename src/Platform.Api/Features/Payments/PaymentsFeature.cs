using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Payments.Accounts;
using Platform.Api.Features.Payments.Checkout;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.Features.Payments.Ledgers;
using Platform.Api.Features.Payments.Reconciliation;
using Platform.Api.Features.Payments.Refunds;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Modules;

namespace Platform.Api.Features.Payments;

public static class PaymentsFeature
{
    /// <summary>Stripe Connect onboarding, payments for holds and carts, webhooks, reconciliation, refunds, the ledger.</summary>
    public static IHostApplicationBuilder AddPaymentsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<PaymentOptions>(PaymentOptions.Section);
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
        services.AddSingleton<IBookingFieldContributor, BookingPaymentFields>();
        return builder;
    }

    /// <summary>The webhooks and the pages Stripe's hosted onboarding sends administrators back to.</summary>
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapStripeWebhooks();
        app.MapConnectOnboardingPages();
        return app;
    }
}
