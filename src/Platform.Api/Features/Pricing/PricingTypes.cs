using GraphQL.Types;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Pricing.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Pricing;

public sealed class PriceBasisEnum : EnumerationGraphType<PriceBasis>
{
    public PriceBasisEnum()
    {
        Name = "PriceBasis";
        Description = "How a price was reached: seats × unit price, less a group tier, or a flat group rate.";
    }
}

public sealed class SeatDiscountTierType : ObjectGraphType<SeatDiscountTier>
{
    public SeatDiscountTierType()
    {
        Name = "SeatDiscountTier";
        Field(t => t.MinSeats);
        Field(t => t.PercentOff);
    }
}

public sealed class SeatDiscountTierInputType : InputObjectGraphType<SeatDiscountTier>
{
    public SeatDiscountTierInputType()
    {
        Name = "SeatDiscountTierInput";
        Field(t => t.MinSeats).Description("From this many seats (2 or more)…");
        Field(t => t.PercentOff).Description("…this percentage off the per-seat total.");
    }
}

public sealed class PriceRuleType : ObjectGraphType<PriceRule>
{
    public const string TypeName = "PriceRule";

    public PriceRuleType()
    {
        this.ImplementNode(TypeName, r => r.Id);
        Description = "What customers with one role pay for an offering; amounts in minor units (cents).";
        Field<NonNullGraphType<StringGraphType>>("role").Description("'public' (everyone) or a customer role key.").Resolve(c => c.Source.RoleKey);
        Field(r => r.UnitAmount).Description("Per seat, in minor units; 0 is free.");
        Field(r => r.Currency);
        Field(r => r.FlatAmount, nullable: true).Description("A flat price for the whole group…");
        Field(r => r.FlatFromSeats, nullable: true).Description("…from this many seats, when cheaper.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeatDiscountTierType>>>>("tiers").Resolve(c => c.Source.Tiers);
    }
}

public sealed class PriceRuleInputType : InputObjectGraphType<PriceRuleInput>
{
    public PriceRuleInputType()
    {
        Name = "PriceRuleInput";
        Field(r => r.Role).Description("'public' or a defined customer role key.");
        Field(r => r.UnitAmount).Description("Per seat, in minor units; 0 is free.");
        Field(r => r.Currency).Description("ISO 4217; one currency per offering.");
        Field(r => r.FlatAmount, nullable: true);
        Field(r => r.FlatFromSeats, nullable: true);
        Field<ListGraphType<NonNullGraphType<SeatDiscountTierInputType>>>("tiers");
    }
}

public sealed class PriceRulesPayloadType : ObjectGraphType<PriceRulesPayload>
{
    public PriceRulesPayloadType()
    {
        Name = "PriceRulesPayload";
        Field<OfferingType>("offering").Resolve(c => c.Source.Offering);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceRuleType>>>>("priceRules").Resolve(c => c.Source.PriceRules);
        this.AddUserErrors();
    }
}

/// <summary>One refund deadline of a quote: cancel before <c>until</c> for <c>refundPercent</c>.</summary>
public sealed record RefundDeadline(int RefundPercent, long RefundAmount, DateTimeOffset Until);

public sealed class RefundDeadlineType : ObjectGraphType<RefundDeadline>
{
    public RefundDeadlineType()
    {
        Name = "RefundDeadline";
        Field(d => d.RefundPercent);
        Field(d => d.RefundAmount).Description("Minor units.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("until").Description("Cancelling at or before this instant earns the refund.").Resolve(c => c.Source.Until);
    }
}

public sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "What the viewer would pay now, and what cancelling would refund when.";
        Field<NonNullGraphType<OfferingType>>("offering").Resolve(c => c.Source.Offering);
        Field<NonNullGraphType<StringGraphType>>("role").Description("The customer role whose rule applied.").Resolve(c => c.Source.Price.RoleKey);
        Field<NonNullGraphType<IntGraphType>>("seats").Resolve(c => c.Source.Price.Seats);
        Field<NonNullGraphType<LongGraphType>>("unitAmount").Resolve(c => c.Source.Price.UnitAmount);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("Total in minor units.").Resolve(c => c.Source.Price.Amount);
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(c => c.Source.Price.Currency);
        Field<NonNullGraphType<PriceBasisEnum>>("basis").Resolve(c => c.Source.Price.Basis);
        Field<IntGraphType>("percentOff").Resolve(c => c.Source.Price.PercentOff);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start.ToDateTimeOffset());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundDeadlineType>>>>("refundDeadlines")
            .Description("Longest notice first.")
            .Resolve(c => c.Source.Policy.DeadlinesFor(c.Source.Start)
                .Select(d => new RefundDeadline(d.Tier.RefundPercent, Offerings.Domain.CancellationPolicy.RefundOf(c.Source.Price.Amount, d.Tier.RefundPercent, c.Source.Price.Currency), d.Until.ToDateTimeOffset()))
                .ToList());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("rescheduleUntil").Resolve(c => (c.Source.Start - c.Source.Policy.RescheduleCutoff).ToDateTimeOffset());
    }
}

public sealed class QuoteResultType : ObjectGraphType<QuoteResult>
{
    public QuoteResultType()
    {
        Name = "QuoteResult";
        Field<QuoteType>("quote").Resolve(c => c.Source.Quote);
        this.AddUserErrors();
    }
}
