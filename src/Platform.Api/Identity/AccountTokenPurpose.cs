namespace Platform.Api.Identity;

/// <summary>What an emailed account token is for; also its row name in <c>identity.user_tokens</c>.</summary>
public static class AccountTokenPurpose
{
    public const string ConfirmEmail = "confirm-email";
    public const string ResetPassword = "reset-password";
}
