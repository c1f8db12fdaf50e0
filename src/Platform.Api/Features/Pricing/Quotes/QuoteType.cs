using GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;

namespace Platform.Api.Features.Pricing.Quotes;

public sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "What the viewer would pay now, and what cancelling would refund when.";
        Field<NonNullGraphType<OfferingType>>("offering").Resolve(c => c.Source.Offering);
        Field<NonNullGraphType<StringGraphType>>("role")
            .Description("The customer role whose rule applied.")
            .Resolve(c => c.Source.Price.RoleKey);
        Field<NonNullGraphType<IntGraphType>>("seats").Resolve(c => c.Source.Price.Seats);
        Field<NonNullGraphType<LongGraphType>>("unitAmount").Resolve(c => c.Source.Price.UnitAmount);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("Total in minor units.").Resolve(c => c.Source.Price.Amount);
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(c => c.Source.Price.Currency);
        Field<NonNullGraphType<PriceBasisEnum>>("basis").Resolve(c => c.Source.Price.Basis);
        Field<IntGraphType>("percentOff").Resolve(c => c.Source.Price.PercentOff);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start.ToDateTimeOffset());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundDeadlineType>>>>("refundDeadlines")
            .Description("Longest notice first.")
            .Resolve(c =>
                c.Source.Policy.DeadlinesFor(c.Source.Start)
                    .Select(d => new RefundDeadline(
                        d.Tier.RefundPercent,
                        Offerings.Domain.CancellationPolicy.RefundOf(c.Source.Price.Amount, d.Tier.RefundPercent, c.Source.Price.Currency),
                        d.Until.ToDateTimeOffset()
                    ))
                    .ToList()
            );
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("rescheduleUntil")
            .Resolve(c => (c.Source.Start - c.Source.Policy.RescheduleCutoff).ToDateTimeOffset());
    }
}
