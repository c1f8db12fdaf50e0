using GraphQL.Types;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations.SignUp;

public sealed class SignUpInputType : InputObjectGraphType<SignUpInput>
{
    public SignUpInputType()
    {
        Name = "SignUpInput";
        Field(i => i.Email);
        Field(i => i.Password).Description("At least 10 characters.");
        Field(i => i.DisplayName);
    }
}
