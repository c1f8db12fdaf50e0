using GraphQL.Types;

namespace Platform.Api.Features.Payments.Accounts;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requirements")
            .Description("What Stripe still needs (currently due).")
            .Resolve(c => c.Source.Requirements);
        Field<NonNullGraphType<PlatformFeePlanType>>("feePlan").Resolve(c => c.Source);
        Field<DateTimeOffsetGraphType>("disconnectedAt")
            .Description(
                "When the organization disconnected its Stripe account from the platform (no paid bookings until it onboards again)."
            )
            .Resolve(c => c.Source.DeauthorizedAt);
        Field<DateTimeOffsetGraphType>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}
