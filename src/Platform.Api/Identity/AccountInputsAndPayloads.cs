using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

public sealed record SignUpInput(string Email, string Password, string DisplayName);

/// <summary>The same for a new address and a taken one, so the answer does not tell a stranger which it was.</summary>
public sealed record SignUpPayload : Payload;

public sealed record ConfirmEmailInput(string Email, string Token);

public sealed record ConfirmEmailPayload(bool EmailConfirmed) : Payload;

public sealed record AccountEmailInput(string Email);

/// <summary>The answer to asking for an account email: the same whether or not the address has an account.</summary>
public sealed record AccountEmailPayload : Payload;
