using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Checkout;

public sealed record StartPaymentPayload(Payment? Payment, string? ClientSecret, string? PublishableKey) : Payload;
