using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

public sealed record ResetPasswordInput(string Email, string Token, string NewPassword);

public sealed record ResetPasswordPayload(bool PasswordReset) : Payload;
