using Microsoft.Extensions.Options;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Checkout;

public sealed record CheckoutSessionPayload(Payment? Payment, string? Url, DateTimeOffset? ExpiresAt) : Payload;
