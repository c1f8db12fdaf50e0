using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Accounts;

public sealed record ConnectPayload(PaymentAccount? Account, string? OnboardingUrl, DateTimeOffset? ExpiresAt) : Payload;
