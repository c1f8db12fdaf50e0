
namespace Platform.Api.Features.Pricing.Domain;

/// <summary>A price rule amount Stripe would not charge: which input field, why (a user error code) and a message.</summary>
public sealed record PriceRuleRefusal(string Field, string Code, string Message);
