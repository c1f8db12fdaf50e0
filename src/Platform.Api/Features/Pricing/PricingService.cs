using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Offerings.Editing;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.Features.Pricing.Domain;
using Platform.Api.Features.Pricing.Quotes;
using Platform.Api.Features.Pricing.Rules;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Pricing;

/// <summary>Price rules per offering and role, and quotes for the viewer's best role.</summary>
public sealed class PricingService(PlatformDbContext db, OfferingService offerings, TimeProvider clock)
{
    public const int MaxRulesPerOffering = 50;

    /// <summary>The code for an offering without any price rule.</summary>
    public const string NoPrice = "NO_PRICE";

    /// <summary>Replaces an offering's price rules in one transaction.</summary>
    public async Task<PriceRulesPayload> SetRulesAsync(
        string offeringId,
        IReadOnlyList<PriceRuleInput> input,
        CancellationToken cancellationToken
    )
    {
        var offering = await offerings.FindAsync(offeringId, cancellationToken);
        if (offering is null)
            return Fail("NOT_FOUND", "No such offering in this organization.", "offeringId");
        if (input.Count > MaxRulesPerOffering)
            return Fail("TOO_MANY_RULES", $"At most {MaxRulesPerOffering} price rules per offering.", "rules");

        var specs = input
            .Select(r => new PriceRuleSpec(r.Role, r.UnitAmount, r.Currency)
            {
                FlatAmount = r.FlatAmount,
                FlatFromSeats = r.FlatFromSeats,
                Tiers = r.Tiers ?? [],
            })
            .ToList();
        var errors = PriceCalculator.Problems(specs).Select(p => new UserError("INVALID_PRICE_RULE", p, "rules")).ToList();
        foreach (var currency in specs.Select(s => s.Currency).Distinct())
            if (OrganizationRules.CheckCurrency(currency) is { } currencyError)
                errors.Add(currencyError with { Field = "rules" });
        // Amounts Stripe could not charge (off its grid, below its minimum…), for currencies that are ISO codes at all.
        errors.AddRange(
            specs
                .SelectMany((s, i) => OrganizationRules.CheckCurrency(s.Currency) is null ? PriceRuleCharges.Check(s, i) : [])
                .Select(r => new UserError(r.Code, r.Message, r.Field))
        );
        var defined = await db.CustomerRoles.Select(r => r.Key).ToListAsync(cancellationToken);
        foreach (var unknown in specs.Select(s => s.RoleKey).Where(k => k != PriceCalculator.PublicRole && !defined.Contains(k)).Distinct())
            errors.Add(new UserError("UNKNOWN_ROLE", $"'{unknown}' is not a customer role here; define it first.", "rules"));
        if (errors.Count > 0)
            return new PriceRulesPayload(null, []) { UserErrors = errors };

        var rules = specs
            .Select(s => new PriceRule
            {
                Id = Guid.CreateVersion7(),
                OfferingId = offering.Id,
                RoleKey = s.RoleKey,
                UnitAmount = s.UnitAmount,
                Currency = s.Currency,
                FlatAmount = s.FlatAmount,
                FlatFromSeats = s.FlatFromSeats,
                Tiers = [.. s.Tiers.OrderBy(t => t.MinSeats)],
            })
            .ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockOfferingAsync(offering.Id, cancellationToken);
        await db.PriceRules.Where(r => r.OfferingId == offering.Id).ExecuteDeleteAsync(cancellationToken);
        db.PriceRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PriceRulesPayload(offering, rules);
    }

    /// <summary>
    /// What the caller would pay: the lowest price among the rules for their roles ('public' for
    /// everyone, anonymous callers included). An offering without any rule has no price yet (free is a
    /// rule of amount 0); one whose rules all name roles the caller lacks is not for sale to them.
    /// </summary>
    public async Task<QuoteResult> QuoteAsync(PlatformUserContext caller, QuoteRequest request, CancellationToken cancellationToken)
    {
        var offering = await offerings.FindAsync(request.OfferingId, cancellationToken);
        if (offering is null || offering.Status != OfferingStatus.Active)
            return new QuoteResult(null) { UserErrors = [new UserError("NOT_FOUND", "No such offering on sale here.", "offeringId")] };
        if (request.Seats < 1 || request.Seats > offering.Capacity)
            return new QuoteResult(null)
            {
                UserErrors = [new UserError("INVALID_SEATS", $"Seats must be 1 to {offering.Capacity}.", "seats")],
            };
        var start = Instant.FromDateTimeOffset(request.Start);
        if (start <= Instant.FromDateTimeOffset(clock.GetUtcNow()))
            return new QuoteResult(null) { UserErrors = [new UserError("START_IN_PAST", "The start has already passed.", "start")] };

        var roles = caller.IsMember ? caller.Membership?.CustomerRoles ?? [] : [];
        return await QuoteForRolesAsync(offering, roles, request.Seats, start, cancellationToken);
    }

    /// <summary>
    /// The price for a customer holding <paramref name="roles"/> (plus 'public'), for an offering already
    /// known to be on sale; the booking flow calls it for the customer it books for.
    /// </summary>
    public async Task<QuoteResult> QuoteForRolesAsync(
        Offering offering,
        IReadOnlyList<string> roles,
        int seats,
        Instant start,
        CancellationToken cancellationToken
    )
    {
        var rules = await db.PriceRules.AsNoTracking().Where(r => r.OfferingId == offering.Id).ToListAsync(cancellationToken);
        // A forgotten price must not give sessions away: free is said out loud, with a rule of amount 0.
        if (rules.Count == 0)
        {
            const string message = "This offering has no price yet, so it cannot be booked: the organization sets one (0 for free).";
            return new QuoteResult(null) { UserErrors = [new UserError(NoPrice, message, "offeringId")] };
        }
        var price = PriceCalculator.Quote(rules.Select(r => r.ToSpec()), roles, seats);
        if (price is null)
            return new QuoteResult(null)
            {
                UserErrors =
                [
                    new UserError(
                        "NOT_FOR_SALE_TO_ROLE",
                        "This offering is sold only to customers with a particular role, e.g. members.",
                        "offeringId"
                    ),
                ],
            };
        return new QuoteResult(new Quote(offering, price, start, OfferingRules.PolicyOf(offering)));
    }

    private static PriceRulesPayload Fail(string code, string message, string field) =>
        new(null, []) { UserErrors = [new UserError(code, message, field)] };
}
