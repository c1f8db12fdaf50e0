using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments;

public sealed class PaymentIntentStatusEnum : EnumerationGraphType<IntentStatus>
{
    public PaymentIntentStatusEnum()
    {
        Name = "PaymentIntentStatus";
        Description = "Stripe's status of a payment attempt (CREATING: not yet created at Stripe).";
    }
}

public sealed class PaymentChannelEnum : EnumerationGraphType<PaymentChannel>
{
    public PaymentChannelEnum()
    {
        Name = "PaymentChannel";
        Description = "ELEMENTS: paid in the app with Stripe Elements. CHECKOUT: paid on Stripe's hosted page.";
    }
}

public sealed class RefundStatusEnum : EnumerationGraphType<RefundStatus>
{
    public RefundStatusEnum()
    {
        Name = "RefundStatus";
        Description = "REQUESTED: decided, not yet accepted by Stripe. Then PENDING → SUCCEEDED, or FAILED / CANCELED.";
    }
}

public sealed class LedgerIntervalEnum : EnumerationGraphType<LedgerInterval>
{
    public LedgerIntervalEnum() => Name = "LedgerInterval";
}

public sealed class PaymentAccountType : ObjectGraphType<PaymentAccount>
{
    public PaymentAccountType()
    {
        Name = "PaymentAccount";
        Description = "The organization's Stripe connected account, as Stripe's account.updated events last said, and its fee plan.";
        Field(a => a.StripeAccountId).Description("acct_…");
        Field(a => a.ChargesEnabled).Description("Paid bookings can be taken only while true.");
        Field(a => a.PayoutsEnabled);
        Field(a => a.DetailsSubmitted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requirements").Description("What Stripe still needs (currently due).").Resolve(c => c.Source.Requirements);
        Field<NonNullGraphType<PlatformFeePlanType>>("feePlan").Resolve(c => c.Source);
        Field<DateTimeOffsetGraphType>("disconnectedAt")
            .Description("When the organization disconnected its Stripe account from the platform (no paid bookings until it onboards again).")
            .Resolve(c => c.Source.DeauthorizedAt);
        Field<DateTimeOffsetGraphType>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}

public sealed class PlatformFeePlanType : ObjectGraphType<PaymentAccount>
{
    public PlatformFeePlanType()
    {
        Name = "PlatformFeePlan";
        Description = "The platform's fee on each payment: a percentage (basis points, 100 = 1 %) plus a fixed amount in minor units.";
        Field<NonNullGraphType<IntGraphType>>("basisPoints").Resolve(c => c.Source.FeeBasisPoints);
        Field<NonNullGraphType<LongGraphType>>("fixedAmount").Resolve(c => c.Source.FeeFixedAmount);
    }
}

public sealed class PaymentType : ObjectGraphType<Payment>
{
    public PaymentType()
    {
        Name = "Payment";
        Description = "One attempt to pay for a hold or a cart: one PaymentIntent with manual capture.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<PaymentIntentStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PaymentChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field(p => p.Attempt);
        Field(p => p.Amount).Description("Authorized (or to authorize), minor units.");
        Field(p => p.AmountReceived).Description("Captured, minor units.");
        Field(p => p.Currency);
        Field(p => p.PaymentIntentId, nullable: true);
        Field(p => p.CaptureBefore, nullable: true)
            .Description("The authorization lapses then unless captured: Stripe's capture_before, or the payment method's configured window.");
        Field(p => p.PaymentMethodType, nullable: true).Description("card, klarna, … once authorized.");
        Field(p => p.CancellationReason, nullable: true).Description("Stripe's reason once canceled; `automatic` when the authorization lapsed.");
        Field(p => p.CapturedAt, nullable: true);
        Field(p => p.FailureCode, nullable: true).Description("Why the last attempt to pay failed (Stripe's decline code).");
        Field(p => p.CheckoutUrl, nullable: true).Description("Where a hosted checkout is paid.");
        Field(p => p.CreatedAt);
    }
}

public sealed class PaymentRefundType : ObjectGraphType<PaymentRefund>
{
    public PaymentRefundType()
    {
        Name = "Refund";
        Description = "Money given back of a booking's captured payment (reversing the transfer and the platform fee in proportion).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.Amount).Description("Minor units.");
        Field(r => r.Currency);
        Field<NonNullGraphType<RefundStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(r => r.Reason);
        Field(r => r.FailureReason, nullable: true);
        Field(r => r.CreatedAt);
    }
}

public sealed class PayoutType : ObjectGraphType<Payout>
{
    public PayoutType()
    {
        Name = "Payout";
        Description = "Money Stripe sent (or failed to send) to the organization's bank.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(p => p.StripePayoutId);
        Field(p => p.Amount);
        Field(p => p.Currency);
        Field(p => p.Status).Description("pending, in_transit, paid, failed or canceled.");
        Field(p => p.ArrivalDate, nullable: true);
        Field(p => p.FailureCode, nullable: true);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
    }
}

public sealed class LedgerEntryType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryType()
    {
        Name = "LedgerEntry";
        Description = "One booking's money, minor units: captured (gross), the platform fee kept, refunds that succeeded, and net to the organization.";
        Field<NonNullGraphType<BookingType>>("booking").Resolve(c => c.Loaders().BookingsById(c.Db()).Load(c.Source.BookingId));
        Field(e => e.CapturedAt);
        Field(e => e.Currency);
        Field(e => e.Gross);
        Field(e => e.PlatformFee);
        Field(e => e.Refunded);
        Field(e => e.Disputed).Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(e => e.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(e => e.Net);
        Field(e => e.PaymentStatus);
        Field(e => e.Flag, nullable: true);
    }
}

public sealed class LedgerTotalType : ObjectGraphType<LedgerTotal>
{
    public LedgerTotalType()
    {
        Name = "LedgerTotal";
        Field(t => t.Currency);
        Field(t => t.Gross);
        Field(t => t.PlatformFee);
        Field(t => t.Refunded);
        Field(t => t.Disputed).Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(t => t.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(t => t.Net);
        Field(t => t.Bookings);
    }
}

public sealed class LedgerPeriodType : ObjectGraphType<LedgerPeriod>
{
    public LedgerPeriodType()
    {
        Name = "LedgerPeriod";
        Description = "Totals of the captures in one day, week or month of the organization's calendar, per currency.";
        Field(p => p.Start);
        Field(p => p.Currency);
        Field(p => p.Gross);
        Field(p => p.PlatformFee);
        Field(p => p.Refunded);
        Field(p => p.Disputed).Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(p => p.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(p => p.Net);
        Field(p => p.Bookings);
    }
}

public sealed class LedgerType : ObjectGraphType<Ledger>
{
    public LedgerType()
    {
        Name = "Ledger";
        Description = "Captures in [from, to), attributed to the period of the capture.";
        Field(l => l.From);
        Field(l => l.To);
        Field<NonNullGraphType<LedgerIntervalEnum>>("interval").Resolve(c => c.Source.Interval);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerTotalType>>>>("totals").Description("Per currency.").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerPeriodType>>>>("periods").WithComplexityImpact(1, 12).Resolve(c => c.Source.Periods);
        Connection<LedgerEntryType>("entries")
            .Description("Per booking, in capture order.")
            .PageSize(50)
            .MaxPageSize(PaymentLedger.MaxPageSize)
            .ResolveAsync(async c => await c.Service<PaymentLedger>().EntriesAsync(c.Source, c.First, c.After, c.CancellationToken));
    }
}

public sealed class ConnectPaymentAccountPayloadType : ObjectGraphType<ConnectPayload>
{
    public ConnectPaymentAccountPayloadType()
    {
        Name = "ConnectPaymentAccountPayload";
        Field<PaymentAccountType>("account").Resolve(c => c.Source.Account);
        Field<StringGraphType>("onboardingUrl").Description("Stripe's hosted onboarding; send the administrator there.").Resolve(c => c.Source.OnboardingUrl);
        Field<DateTimeOffsetGraphType>("expiresAt").Description("The link works until then; call again for a new one.").Resolve(c => c.Source.ExpiresAt);
        this.AddUserErrors();
    }
}

public sealed class StartPaymentPayloadType : ObjectGraphType<StartPaymentPayload>
{
    public StartPaymentPayloadType()
    {
        Name = "StartPaymentPayload";
        Field<PaymentType>("payment").Resolve(c => c.Source.Payment);
        Field<StringGraphType>("clientSecret").Description("For Stripe Elements (stripe.confirmPayment); never store it.").Resolve(c => c.Source.ClientSecret);
        Field<StringGraphType>("publishableKey").Description("The platform's publishable key for Stripe.js.").Resolve(c => c.Source.PublishableKey);
        this.AddUserErrors();
    }
}

public sealed class CheckoutSessionPayloadType : ObjectGraphType<CheckoutSessionPayload>
{
    public CheckoutSessionPayloadType()
    {
        Name = "CheckoutSessionPayload";
        Field<PaymentType>("payment").Resolve(c => c.Source.Payment);
        Field<StringGraphType>("url").Description("Send the customer here to pay.").Resolve(c => c.Source.Url);
        Field<DateTimeOffsetGraphType>("expiresAt").Description("The session closes then, no later than the holds it pays for.").Resolve(c => c.Source.ExpiresAt);
        this.AddUserErrors();
    }
}

public sealed class StartPaymentInputType : InputObjectGraphType<StartPaymentInput>
{
    public StartPaymentInputType()
    {
        Name = "StartPaymentInput";
        Field<IdGraphType>("bookingId").Description("A hold that is not in a cart.");
        Field<IdGraphType>("cartId").Description("A cart: pays every live unpaid hold in it.");
        Field<StringGraphType>("guestEmail").Description("Guests: the email they booked with.");
    }
}

public sealed class CheckoutSessionInputType : InputObjectGraphType<CheckoutSessionInput>
{
    public CheckoutSessionInputType()
    {
        Name = "CheckoutSessionInput";
        Field<IdGraphType>("bookingId");
        Field<IdGraphType>("cartId");
        Field<StringGraphType>("guestEmail");
        Field<NonNullGraphType<StringGraphType>>("successUrl");
        Field<NonNullGraphType<StringGraphType>>("cancelUrl");
    }
}
