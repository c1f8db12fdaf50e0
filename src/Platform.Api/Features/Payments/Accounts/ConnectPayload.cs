using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Modules.Payments;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Accounts;

public sealed record ConnectPayload(PaymentAccount? Account, string? OnboardingUrl, DateTimeOffset? ExpiresAt) : Payload;
