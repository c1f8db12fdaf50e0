using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Payments.Accounts;
using Platform.Api.Features.Payments.Checkout;
using Platform.Api.Features.Payments.Ledgers;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments.GraphQL;

/// <summary>The payments feature's root fields (what it adds to <c>Booking</c> is <see cref="BookingPaymentFields"/>).</summary>
public static class PaymentSchema
{
    public static void AddPaymentQueries(this ObjectGraphType query)
    {
        query
            .Field<PaymentAccountType>("paymentAccount")
            .Description("The organization's Stripe account and fee plan; null before onboarding started. Administrators.")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<PaymentAccountService>().FindAsync(c.CancellationToken));

        query
            .Field<NonNullGraphType<LedgerType>>("ledger")
            .Description(
                $"Captured money in [from, to), at most {PaymentLedger.MaxDays} days: per booking, per period and per currency. "
                + "Administrators."
            )
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Argument<LedgerIntervalEnum>("interval", a =>
            {
                a.DefaultValue = LedgerInterval.Month;
                a.Description = "The periods' length, in the organization's time zone.";
            })
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<PaymentLedger>()
                    .ReadAsync(
                        c.GetArgument<DateTimeOffset>("from"),
                        c.GetArgument<DateTimeOffset>("to"),
                        c.GetArgument<LedgerInterval?>("interval") ?? LedgerInterval.Month,
                        c.CancellationToken
                    )
            );

        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookInboxEventType>>>>("paymentWebhookInbox")
            .Description(
                $"Stripe webhooks in the inbox by state, newest first, at most {WebhookInbox.MaxPageSize} (bounded). Platform "
                + "administrators only."
            )
            .Argument<WebhookInboxStateEnum>("state", a => a.DefaultValue = WebhookInboxState.Dead)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<WebhookInbox>()
                    .ListAsync(
                        c.Caller(),
                        c.GetArgument<WebhookInboxState?>("state") ?? WebhookInboxState.Dead,
                        c.GetArgument<int?>("first") ?? 50,
                        c.CancellationToken
                    )
            );

        query
            .Connection<PayoutType>("payouts")
            .Description("Payouts to the organization's bank, newest first. Administrators.")
            .RequireAdministrator()
            .PageSize(20)
            .MaxPageSize(PaymentLedger.MaxPageSize)
            .ResolveAsync(async c => await c.Service<PaymentLedger>().PayoutsAsync(c.First, c.After, c.CancellationToken));
    }

    public static void AddPaymentMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<ConnectPaymentAccountPayloadType>>("connectPaymentAccount")
            .Description(
                "Starts (or resumes) Stripe Connect onboarding: creates the organization's Express account once and returns a fresh "
                + "onboarding link. Administrators."
            )
            .Argument<StringGraphType>("email", "The account's email at Stripe; default yours.")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<PaymentAccountService>().ConnectAsync(c.Caller(), c.GetArgument<string?>("email"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<ConnectPaymentAccountPayloadType>>("setPlatformFee")
            .Description(
                "Sets the organization's plan: the platform's fee per payment. Platform administrators (Platform:Administrators) only."
            )
            .Argument<NonNullGraphType<IntGraphType>>("basisPoints", "100 = 1 %.")
            .Argument<NonNullGraphType<LongGraphType>>("fixedAmount", "Minor units per payment.")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<PaymentAccountService>()
                    .SetFeeAsync(c.Caller(), c.GetArgument<int>("basisPoints"), c.GetArgument<long>("fixedAmount"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<WebhookInboxPayloadType>>("retryPaymentWebhook")
            .Description("Processes a given-up (dead) or pending Stripe webhook again. Platform administrators only.")
            .Argument<NonNullGraphType<StringGraphType>>("eventId")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<WebhookInbox>().RetryAsync(c.Caller(), c.GetArgument<string>("eventId"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<StartPaymentPayloadType>>("startPayment")
            .Description(
                "Starts paying for a hold or a cart: a PaymentIntent (manual capture) whose clientSecret Stripe "
                    + "Elements confirms. Calling again returns the same attempt while it is open."
                    + " Public: guests (not signed in) may call it too."
            )
            .Argument<NonNullGraphType<StartPaymentInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<PaymentService>().StartAsync(c.Caller(), c.GetArgument<StartPaymentInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<CheckoutSessionPayloadType>>("createCheckoutSession")
            .Description(
                "Pays for a cart (or a hold) on Stripe's hosted Checkout page instead; the session ends no later than "
                    + "the holds. Calling again returns the same open session."
                    + " Public: guests (not signed in) may call it too."
            )
            .Argument<NonNullGraphType<CheckoutSessionInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<PaymentService>()
                    .CreateCheckoutAsync(c.Caller(), c.GetArgument<CheckoutSessionInput>("input"), c.CancellationToken)
            );
    }
}
