using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Identity;

/// <summary>Root mutations that prove email ownership and reset passwords. All public: they work without a token.</summary>
public static class AccountSchema
{
    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConfirmEmailPayloadType>>("confirmEmail")
            .Description("Public. Proves the account owns its email with the token from the emailed link. Only then are the guest "
                + "bookings, carts and series made with that email claimed, and may the account be a platform administrator.")
            .Argument<NonNullGraphType<ConfirmEmailInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<AccountService>().ConfirmEmailAsync(c.GetArgument<ConfirmEmailInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AccountEmailPayloadType>>("resendConfirmationEmail")
            .Description("Public. Emails a new confirmation link (the previous one stops working) when an account with this email "
                + "still waits for confirmation. Answers the same whether or not it does.")
            .Argument<NonNullGraphType<AccountEmailInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<AccountService>().ResendConfirmationAsync(c.GetArgument<AccountEmailInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AccountEmailPayloadType>>("requestPasswordReset")
            .Description("Public. Emails a link to choose a new password when an account uses this email. "
                + "Answers the same whether or not one does.")
            .Argument<NonNullGraphType<AccountEmailInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<PasswordResets>().RequestAsync(c.GetArgument<AccountEmailInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ResetPasswordPayloadType>>("resetPassword")
            .Description("Public. Sets a new password with the token from the emailed link; signs the account out everywhere "
                + "(refresh tokens stop working) and confirms its email.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<PasswordResets>().ResetAsync(c.GetArgument<ResetPasswordInput>("input"), c.CancellationToken));
    }
}
