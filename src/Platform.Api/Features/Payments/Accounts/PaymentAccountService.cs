using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Modules.Payments;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Accounts;

/// <summary>
/// Stripe Connect onboarding: one Express account per organization, AccountLinks to Stripe's hosted
/// onboarding, and the account's state from <c>account.updated</c> events (the source of truth), newest first wins.
/// </summary>
public sealed class PaymentAccountService(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    IPaymentGateway gateway,
    IDataProtectionProvider protection,
    IOptions<PaymentOptions> options,
    IConfiguration configuration,
    Identity.PlatformAdministrators administrators,
    TimeProvider clock
)
{
    private const string StatePurpose = "Platform.Payments.ConnectOnboarding";

    public async Task<PaymentAccount?> FindAsync(CancellationToken cancellationToken) =>
        await db.PaymentAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>Creates the organization's connected account on first use and returns a fresh onboarding link.</summary>
    public async Task<ConnectPayload> ConnectAsync(PlatformUserContext caller, string? email, CancellationToken cancellationToken)
    {
        if (!gateway.IsConfigured)
            return Fail("PAYMENTS_NOT_CONFIGURED", "Stripe is not configured on this platform (Stripe:SecretKey).");
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        if (email is not null && !Organizations.Domain.OrganizationRules.IsEmail(email))
            return Fail("INVALID_EMAIL", "That is not an email address.", "email");
        email ??= await EmailOfAsync(caller, cancellationToken);
        try
        {
            var account = await db.PaymentAccounts.SingleOrDefaultAsync(cancellationToken);
            if (account is null)
            {
                // The key makes concurrent and repeated first calls create one account between them.
                var created = await gateway.CreateConnectedAccountAsync(
                    email,
                    new Dictionary<string, string> { ["tenant_id"] = tenantId.ToString() },
                    $"account:{tenantId:N}",
                    cancellationToken
                );
                var now = clock.GetDatabaseNow();
                await db.RouteAsync(created.Id, tenantId, StripeRoutes.Account, now, cancellationToken);
                account = new PaymentAccount
                {
                    StripeAccountId = created.Id,
                    ChargesEnabled = created.ChargesEnabled,
                    PayoutsEnabled = created.PayoutsEnabled,
                    DetailsSubmitted = created.DetailsSubmitted,
                    Requirements = [.. created.Requirements],
                    FeeBasisPoints = options.Value.DefaultFeeBasisPoints,
                    FeeFixedAmount = FeePlan.DefaultPlanFixedAmount(
                        caller.Tenant?.Currency,
                        options.Value.DefaultFeeFixedAmount,
                        options.Value.FeeFixedAmounts
                    ),
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.PaymentAccounts.Add(account);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // A concurrent first call saved the same account first.
                    db.ChangeTracker.Clear();
                    account = await db.PaymentAccounts.SingleAsync(cancellationToken);
                }
            }
            var (url, expiresAt) = await LinkAsync(account.StripeAccountId, tenantId, cancellationToken);
            return new ConnectPayload(account, url, expiresAt);
        }
        catch (PaymentGatewayException e)
        {
            return Fail("PAYMENT_PROVIDER_ERROR", $"Stripe refused: {e.Message}");
        }
    }

    /// <summary>A new onboarding link (the old one expired: Stripe sent the administrator to the refresh URL).</summary>
    public async Task<string?> RefreshLinkAsync(string state, CancellationToken cancellationToken)
    {
        if (TenantOf(state) is not { } tenantId)
            return null;
        await using (await db.EnterTenantAsync(tenantId, cancellationToken))
        {
            var account = await db.PaymentAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            return account is null ? null : (await LinkAsync(account.StripeAccountId, tenantId, cancellationToken)).Url;
        }
    }

    /// <summary>The administrator came back from onboarding: read the account now rather than wait for its event.</summary>
    public async Task<bool> ReturnAsync(string state, CancellationToken cancellationToken)
    {
        if (TenantOf(state) is not { } tenantId)
            return false;
        await using (await db.EnterTenantAsync(tenantId, cancellationToken))
        {
            var account = await db.PaymentAccounts.SingleOrDefaultAsync(cancellationToken);
            if (account is null)
                return false;
            var observed = await gateway.GetAccountAsync(account.StripeAccountId, cancellationToken);
            Apply(
                account,
                observed.ChargesEnabled,
                observed.PayoutsEnabled,
                observed.DetailsSubmitted,
                observed.Requirements,
                clock.GetDatabaseNow()
            );
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }

    /// <summary>The account as Stripe holds it now (reconciliation: an account.updated that never came).</summary>
    public async Task RefreshAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.SingleOrDefaultAsync(a => a.StripeAccountId == accountId, cancellationToken);
        if (account is null)
            return;
        var observed = await gateway.GetAccountAsync(accountId, cancellationToken);
        Apply(
            account,
            observed.ChargesEnabled,
            observed.PayoutsEnabled,
            observed.DetailsSubmitted,
            observed.Requirements,
            account.LastEventAt ?? clock.GetDatabaseNow()
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>account.updated: applied when it is newer than the last state applied.</summary>
    public async Task<string> ApplyEventAsync(PaymentEvent update, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.SingleOrDefaultAsync(
            a => a.StripeAccountId == update.AccountId || a.StripeAccountId == update.ObjectId,
            cancellationToken
        );
        if (account is null)
            return "ignored: no such account here";
        if (account.LastEventAt is { } last && update.Created < last)
            return "ignored: older than the state applied";
        // Reconnected after a deauthorization: a newer account event that can take charges again.
        if (account.DeauthorizedAt is { } gone && update.Created > gone && update.ChargesEnabled == true)
            account.DeauthorizedAt = null;
        Apply(
            account,
            update.ChargesEnabled ?? account.ChargesEnabled,
            update.PayoutsEnabled ?? account.PayoutsEnabled,
            update.DetailsSubmitted ?? account.DetailsSubmitted,
            update.Requirements,
            update.Created
        );
        await db.SaveChangesAsync(cancellationToken);
        return "applied";
    }

    /// <summary>
    /// account.application.deauthorized: the organization disconnected the platform. Charges stop at once; a
    /// later onboarding (account.updated with charges enabled, newer than this) clears it.
    /// </summary>
    public async Task<string> DeauthorizeAsync(PaymentEvent update, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.SingleOrDefaultAsync(a => a.StripeAccountId == update.AccountId, cancellationToken);
        if (account is null)
            return "ignored: no such account here";
        account.DeauthorizedAt ??= update.Created;
        account.ChargesEnabled = false;
        account.PayoutsEnabled = false;
        account.LastEventAt = account.LastEventAt is { } last && last > update.Created ? last : update.Created;
        account.UpdatedAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        return "applied: the organization disconnected its Stripe account";
    }

    /// <summary>Sets the platform fee of this organization's plan: the platform's decision, not the organization's.</summary>
    public async Task<ConnectPayload> SetFeeAsync(
        PlatformUserContext caller,
        int basisPoints,
        long fixedAmount,
        CancellationToken cancellationToken
    )
    {
        if (!await administrators.IsAsync(caller.UserId, cancellationToken))
            return Fail("FORBIDDEN", "Only platform administrators set an organization's fee plan.");
        if (caller.Tenant is null)
            return Fail("ORGANIZATION_REQUIRED", "Use the organization's address, /t/{slug}/graphql.");
        if (basisPoints is < 0 or > Domain.PlatformFee.MaxBasisPoints || fixedAmount < 0)
            return Fail(
                "INVALID_FEE",
                $"The fee is 0 to {Domain.PlatformFee.MaxBasisPoints} basis points plus a fixed amount of 0 or more."
            );
        var account = await db.PaymentAccounts.SingleOrDefaultAsync(cancellationToken);
        if (account is null)
            return Fail("NOT_CONNECTED", "The organization has not started payment onboarding yet.");
        account.FeeBasisPoints = basisPoints;
        account.FeeFixedAmount = fixedAmount;
        account.UpdatedAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ConnectPayload(account, null, null);
    }

    private static void Apply(
        PaymentAccount account,
        bool charges,
        bool payouts,
        bool submitted,
        IReadOnlyList<string> requirements,
        DateTimeOffset at
    )
    {
        account.ChargesEnabled = charges;
        account.PayoutsEnabled = payouts;
        account.DetailsSubmitted = submitted;
        account.Requirements = [.. requirements];
        account.LastEventAt = at;
        account.UpdatedAt = at;
    }

    private async Task<(string Url, DateTimeOffset ExpiresAt)> LinkAsync(
        string accountId,
        Guid tenantId,
        CancellationToken cancellationToken
    )
    {
        var state = Uri.EscapeDataString(
            protection.CreateProtector(StatePurpose).ToTimeLimitedDataProtector().Protect(tenantId.ToString("N"), TimeSpan.FromDays(7))
        );
        var publicUrl = (configuration["Platform:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');
        return await gateway.CreateAccountLinkAsync(
            accountId,
            $"{publicUrl}/payments/connect/refresh?state={state}",
            $"{publicUrl}/payments/connect/return?state={state}",
            cancellationToken
        );
    }

    private Guid? TenantOf(string state)
    {
        try
        {
            return Guid.TryParseExact(
                protection.CreateProtector(StatePurpose).ToTimeLimitedDataProtector().Unprotect(state),
                "N",
                out var id
            )
                ? id
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private async Task<string?> EmailOfAsync(PlatformUserContext caller, CancellationToken cancellationToken) =>
        caller.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;

    private static ConnectPayload Fail(string code, string message, string? field = null) =>
        new(null, null, null) { UserErrors = [new UserError(code, message, field)] };
}
