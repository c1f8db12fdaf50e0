using GraphQL.Types;

namespace Platform.Api.Features.Payments.GraphQL;

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
