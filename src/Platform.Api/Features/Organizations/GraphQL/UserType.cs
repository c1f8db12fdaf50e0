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
        Field(u => u.PreferredLanguage, nullable: true).Description("en or de; null follows each organization's default.");
        Field(u => u.TimeZone, nullable: true).Description("The time zone of this person's messages; null follows the organization's.");
        Field(u => u.EmailConfirmed).Description("Whether the account proved it owns its email (confirmEmail or a password reset).");
    }
}
