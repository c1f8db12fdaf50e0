using GraphQL.Types;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class UserType : ObjectGraphType<User>
{
    public const string TypeName = "User";

    public UserType()
    {
        this.ImplementNode(TypeName, u => u.Id);
        Description = "A person's account, shared by every organization they belong to.";
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email);
        Field(u => u.DisplayName);
        Field(u => u.EmailConfirmed).Description("Whether the account proved it owns its email (confirmEmail or a password reset).");
    }
}
