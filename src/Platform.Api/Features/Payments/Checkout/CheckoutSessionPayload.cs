using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Checkout;

public sealed record CheckoutSessionPayload(Payment? Payment, string? Url, DateTimeOffset? ExpiresAt) : Payload;
