using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

public sealed class ConfirmEmailInputType : InputObjectGraphType<ConfirmEmailInput>
{
    public ConfirmEmailInputType()
    {
        Name = "ConfirmEmailInput";
        Field(i => i.Email);
        Field(i => i.Token).Description("The token parameter of the emailed link; it works once, before it expires.");
    }
}

public sealed class AccountEmailInputType : InputObjectGraphType<AccountEmailInput>
{
    public AccountEmailInputType()
    {
        Name = "AccountEmailInput";
        Field(i => i.Email);
    }
}

public sealed class ResetPasswordInputType : InputObjectGraphType<ResetPasswordInput>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Field(i => i.Email);
        Field(i => i.Token).Description("The token parameter of the emailed link; it works once, before it expires.");
        Field(i => i.NewPassword).Description("At least 10 characters.");
    }
}

public sealed class ConfirmEmailPayloadType : ObjectGraphType<ConfirmEmailPayload>
{
    public ConfirmEmailPayloadType()
    {
        Name = "ConfirmEmailPayload";
        Field(p => p.EmailConfirmed).Description("True when this call confirmed the email.");
        this.AddUserErrors();
    }
}

public sealed class AccountEmailPayloadType : ObjectGraphType<AccountEmailPayload>
{
    public AccountEmailPayloadType()
    {
        Name = "AccountEmailPayload";
        Description = "Empty userErrors mean the request was taken; whether an email went out is not told.";
        this.AddUserErrors();
    }
}

public sealed class ResetPasswordPayloadType : ObjectGraphType<ResetPasswordPayload>
{
    public ResetPasswordPayloadType()
    {
        Name = "ResetPasswordPayload";
        Field(p => p.PasswordReset).Description("True when the new password is set.");
        this.AddUserErrors();
    }
}
