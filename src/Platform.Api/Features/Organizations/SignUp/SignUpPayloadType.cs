using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations.SignUp;

public sealed class SignUpPayloadType : ObjectGraphType<SignUpPayload>
{
    public SignUpPayloadType()
    {
        Name = "SignUpPayload";
        Field<UserType>("user")
            .DeprecationReason(
                "Always null: the answer must not tell whether the email already had an account. Sign in, then read viewer.user.")
            .Resolve(_ => null);
        this.AddUserErrors();
    }
}
