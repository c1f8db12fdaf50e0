using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Payments.Domain;

namespace Platform.Api.Features.Payments.Accounts;

/// <summary>
/// Loads the current organization's <see cref="FeePlan"/>: its account's plan, its currency and the platform's
/// per-currency fixed fees. Static so the payment flows need one line where they compute a fee.
/// </summary>
public static class FeePlans
{
    /// <summary>The plan of the organization the context is scoped to, or null before it has a payment account.</summary>
    public static async Task<FeePlan?> LoadAsync(PlatformDbContext db, PaymentOptions options, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (account is null) return null;
        var currency = await db.Tenants.AsNoTracking().Where(t => t.Id == account.TenantId).Select(t => t.Currency)
            .SingleAsync(cancellationToken);
        return new FeePlan(account.FeeBasisPoints, account.FeeFixedAmount, currency, options.FeeFixedAmounts);
    }

    /// <summary>The application fee on <paramref name="amount"/> of <paramref name="currency"/> by the organization's plan.</summary>
    public static async Task<long> FeeAsync(
        PlatformDbContext db, IServiceProvider services, long amount, string currency, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(db, services.GetRequiredService<IOptions<PaymentOptions>>().Value, cancellationToken)
            ?? throw new InvalidOperationException("The organization has no payment account, so no fee plan.");
        return plan.FeeOn(amount, currency);
    }
}
