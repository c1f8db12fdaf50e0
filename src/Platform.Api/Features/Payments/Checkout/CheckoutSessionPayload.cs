using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Checkout;

public sealed record CheckoutSessionPayload(Payment? Payment, string? Url, DateTimeOffset? ExpiresAt) : Payload;
