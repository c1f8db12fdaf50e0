using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Platform.Modules.Payments;

/// <summary>
/// <see cref="IPaymentGateway"/> on Stripe.net. Connected accounts are Express accounts created with
/// <c>controller</c> properties (the platform pays fees and bears losses; Stripe collects requirements);
/// payments are destination charges with manual capture and an application fee.
/// </summary>
public sealed partial class StripePaymentGateway : IPaymentGateway
{
    private readonly StripeOptions _options;
    private readonly IStripeClient? _client;

    public StripePaymentGateway(IOptions<StripeOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        if (!_options.IsConfigured) return;
        var http = new SystemNetHttpClient(httpClients.CreateClient(nameof(StripePaymentGateway)), _options.MaxNetworkRetries,
            appInfo: null, enableTelemetry: false);
        var apiBase = string.IsNullOrWhiteSpace(_options.ApiBase) ? null : _options.ApiBase;
        _client = new StripeClient(_options.SecretKey, httpClient: http, apiBase: apiBase);
    }

    public bool IsConfigured => _client is not null;

    public string? PublishableKey => _options.PublishableKey;

    public Task<ConnectedAccount> CreateConnectedAccountAsync(string? email, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new AccountService(Client).CreateAsync(new AccountCreateOptions
        {
            Country = _options.DefaultCountry,
            Email = email,
            Controller = new AccountControllerOptions
            {
                Fees = new AccountControllerFeesOptions { Payer = "application" },
                Losses = new AccountControllerLossesOptions { Payments = "application" },
                RequirementCollection = "stripe",
                StripeDashboard = new AccountControllerStripeDashboardOptions { Type = "express" },
            },
            Capabilities = new AccountCapabilitiesOptions
            {
                CardPayments = new AccountCapabilitiesCardPaymentsOptions { Requested = true },
                Transfers = new AccountCapabilitiesTransfersOptions { Requested = true },
            },
            Metadata = new Dictionary<string, string>(metadata),
        }, Idempotent(idempotencyKey), cancellationToken)));

    public Task<ConnectedAccount> GetAccountAsync(string accountId, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new AccountService(Client).GetAsync(accountId, cancellationToken: cancellationToken)));

    public Task<(string Url, DateTimeOffset ExpiresAt)> CreateAccountLinkAsync(string accountId, string refreshUrl, string returnUrl,
        CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var link = await new AccountLinkService(Client).CreateAsync(new AccountLinkCreateOptions
            {
                Account = accountId,
                RefreshUrl = refreshUrl,
                ReturnUrl = returnUrl,
                Type = "account_onboarding",
            }, cancellationToken: cancellationToken);
            return (link.Url, new DateTimeOffset(link.ExpiresAt, TimeSpan.Zero));
        });

    public Task<PaymentIntentInfo> CreatePaymentIntentAsync(NewPaymentIntent request, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new PaymentIntentService(Client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            CaptureMethod = "manual",
            ApplicationFeeAmount = request.ApplicationFee,
            TransferData = new PaymentIntentTransferDataOptions { Destination = request.DestinationAccount },
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
            Description = request.Description,
            Metadata = new Dictionary<string, string>(request.Metadata),
        }, Idempotent(request.IdempotencyKey), cancellationToken)));

    public Task<PaymentIntentInfo> GetPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var options = new PaymentIntentGetOptions();
            options.AddExpand("latest_charge");
            return Map(await new PaymentIntentService(Client).GetAsync(paymentIntentId, options, cancellationToken: cancellationToken));
        });

    public Task<PaymentIntentInfo> CapturePaymentIntentAsync(string paymentIntentId, long amount, long applicationFee,
        string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var options = new PaymentIntentCaptureOptions { AmountToCapture = amount, ApplicationFeeAmount = applicationFee };
            options.AddExpand("latest_charge");
            return Map(await new PaymentIntentService(Client).CaptureAsync(paymentIntentId, options, Idempotent(idempotencyKey),
                cancellationToken));
        });

    public Task<PaymentIntentInfo> CancelPaymentIntentAsync(string paymentIntentId, string idempotencyKey,
        CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new PaymentIntentService(Client).CancelAsync(paymentIntentId, new PaymentIntentCancelOptions(),
            Idempotent(idempotencyKey), cancellationToken)));

    public Task<RefundInfo> RefundAsync(string paymentIntentId, long amount, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new RefundService(Client).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = paymentIntentId,
            Amount = amount,
            ReverseTransfer = true,
            RefundApplicationFee = true,
            Metadata = new Dictionary<string, string>(metadata),
        }, Idempotent(idempotencyKey), cancellationToken)));

    public Task<RefundInfo> GetRefundAsync(string refundId, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new RefundService(Client).GetAsync(refundId, cancellationToken: cancellationToken)));

    public Task<CheckoutSessionInfo> CreateCheckoutSessionAsync(NewCheckoutSession request, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new SessionService(Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            CustomerEmail = request.CustomerEmail,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            Metadata = new Dictionary<string, string>(request.Metadata),
            LineItems = [.. request.Lines.Select(l => new SessionLineItemOptions
            {
                Quantity = l.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = request.Currency.ToLowerInvariant(),
                    UnitAmount = l.UnitAmount,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = l.Name },
                },
            })],
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                CaptureMethod = "manual",
                ApplicationFeeAmount = request.ApplicationFee,
                TransferData = new SessionPaymentIntentDataTransferDataOptions { Destination = request.DestinationAccount },
                Metadata = new Dictionary<string, string>(request.Metadata),
            },
        }, Idempotent(request.IdempotencyKey), cancellationToken)));

    public Task<CheckoutSessionInfo> ExpireCheckoutSessionAsync(string sessionId, string idempotencyKey,
        CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new SessionService(Client).ExpireAsync(sessionId, new SessionExpireOptions(),
            Idempotent(idempotencyKey), cancellationToken)));

    public Task<CheckoutSessionInfo> GetCheckoutSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new SessionService(Client).GetAsync(sessionId, cancellationToken: cancellationToken)));

    public Task<IReadOnlyList<RefundInfo>> ListRefundsAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<RefundInfo>>(async () =>
        {
            var refunds = new List<RefundInfo>();
            var options = new RefundListOptions { PaymentIntent = paymentIntentId, Limit = 100 };
            await foreach (var refund in new RefundService(Client).ListAutoPagingAsync(options,
                cancellationToken: cancellationToken)) refunds.Add(Map(refund));
            return refunds;
        });

    public Task<DisputeInfo> GetDisputeAsync(string disputeId, CancellationToken cancellationToken) =>
        CallAsync(async () => Map(await new DisputeService(Client).GetAsync(disputeId, cancellationToken: cancellationToken)));

    public Task<IReadOnlyList<PayoutInfo>> ListPayoutsAsync(string accountId, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<PayoutInfo>>(async () =>
        {
            var page = await new PayoutService(Client).ListAsync(new PayoutListOptions { Limit = 100 },
                new RequestOptions { StripeAccount = accountId }, cancellationToken);
            return [.. page.Data.Select(p => new PayoutInfo(p.Id, p.Status, p.Amount, p.Currency?.ToUpperInvariant() ?? "",
                new DateTimeOffset(p.ArrivalDate, TimeSpan.Zero),
                p.FailureCode, new DateTimeOffset(p.Created, TimeSpan.Zero)))];
        });

    public Task<TransferReversalInfo> ReverseTransferAsync(string transferId, long amount, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var reversal = await new TransferReversalService(Client).CreateAsync(transferId,
                new TransferReversalCreateOptions { Amount = amount, Metadata = new Dictionary<string, string>(metadata) },
                Idempotent(idempotencyKey), cancellationToken);
            return new TransferReversalInfo(reversal.Id, reversal.Amount, transferId);
        });

    private IStripeClient Client => _client
        ?? throw new PaymentGatewayException("not_configured", "Stripe is not configured (Stripe:SecretKey).", false);

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };

    /// <summary>
    /// Stripe's errors as <see cref="PaymentGatewayException"/>: its code and message (never the key), and whether a
    /// retry may help.
    /// </summary>
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException e)
        {
            var status = (int)e.HttpStatusCode;
            var transient = status is 0 or 409 or 429 || status >= 500;
            throw new PaymentGatewayException(e.StripeError?.Code ?? e.StripeError?.Type ?? "stripe_error",
                Scrub(e.StripeError?.Message ?? e.Message), transient,
                httpStatus: status == 0 ? null : status);
        }
        catch (HttpRequestException e)
        {
            throw new PaymentGatewayException("network_error", "Stripe could not be reached.", true, e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new PaymentGatewayException("timeout", "Stripe did not answer in time.", true, e);
        }
    }

    /// <summary>
    /// Stripe masks keys in its messages; anything key-shaped left is masked here too, before it reaches a log or a
    /// user.
    /// </summary>
    public static string Scrub(string message) => KeyShaped().Replace(message, m => m.Value[..Math.Min(8, m.Value.Length)] + "…");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(sk|rk|pk|whsec)_(test|live)?_?[A-Za-z0-9]{6,}")]
    private static partial System.Text.RegularExpressions.Regex KeyShaped();

    private static ConnectedAccount Map(Account account) => new(
        account.Id,
        account.ChargesEnabled,
        account.PayoutsEnabled,
        account.DetailsSubmitted,
        account.Requirements?.CurrentlyDue?.ToList() ?? []);

    private static PaymentIntentInfo Map(PaymentIntent intent) => new()
    {
        Id = intent.Id,
        Status = intent.Status,
        Amount = intent.Amount,
        AmountCapturable = intent.AmountCapturable,
        AmountReceived = intent.AmountReceived,
        Currency = intent.Currency?.ToUpperInvariant() ?? "",
        ClientSecret = intent.ClientSecret,
        CaptureBefore = intent.LatestCharge?.PaymentMethodDetails?.Card?.CaptureBefore is { } before
            ? new DateTimeOffset(before, TimeSpan.Zero) : null,
        AmountRefunded = intent.LatestCharge?.AmountRefunded ?? 0,
        Destination = intent.TransferData?.DestinationId,
        Metadata = intent.Metadata is { } metadata ? new Dictionary<string, string>(metadata) : new Dictionary<string, string>(),
        LastPaymentError = intent.LastPaymentError?.Code,
        CancellationReason = intent.CancellationReason,
        PaymentMethodType = intent.LatestCharge?.PaymentMethodDetails?.Type,
        TransferId = intent.LatestCharge?.TransferId,
    };

    private static RefundInfo Map(Refund refund) => new(refund.Id, refund.Status, refund.Amount, refund.PaymentIntentId,
        refund.FailureReason)
    {
        Metadata = refund.Metadata is { } metadata ? new Dictionary<string, string>(metadata) : new Dictionary<string, string>(),
        Created = new DateTimeOffset(refund.Created, TimeSpan.Zero),
    };

    /// <summary>Stripe's fee for a dispute is in its balance transactions (withdrawal, and any reinstatement).</summary>
    private static DisputeInfo Map(Dispute dispute) => new(dispute.Id, dispute.Status, dispute.Amount,
        dispute.Currency?.ToUpperInvariant() ?? "",
        dispute.PaymentIntentId, dispute.Reason, dispute.BalanceTransactions?.Sum(t => t.Fee) ?? 0);

    private static CheckoutSessionInfo Map(Session session) =>
        new(session.Id, session.Url, session.Status, session.PaymentIntentId, new DateTimeOffset(session.ExpiresAt, TimeSpan.Zero));
}
