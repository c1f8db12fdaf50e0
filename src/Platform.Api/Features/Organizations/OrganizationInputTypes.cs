using GraphQL.Types;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations;

public sealed class CreateOrganizationInputType : InputObjectGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputType()
    {
        Name = "CreateOrganizationInput";
        Field(i => i.Name);
        Field(i => i.Slug).Description("3–48 lower-case letters, digits and hyphens; used in URLs.");
        Field(i => i.TimeZone).Description("IANA time zone, e.g. America/New_York.");
        Field(i => i.Currency).Description("ISO 4217 code, e.g. USD.");
    }
}

public sealed class UpdateOrganizationInputType : InputObjectGraphType<UpdateOrganizationInput>
{
    public UpdateOrganizationInputType()
    {
        Name = "UpdateOrganizationInput";
        Field(i => i.Name, nullable: true);
        Field(i => i.TimeZone, nullable: true);
        Field(i => i.Currency, nullable: true);
    }
}

public sealed class MemberInputType : InputObjectGraphType<MemberInput>
{
    public MemberInputType()
    {
        Name = "MemberInput";
        Field(i => i.Email);
        Field<StaffRoleEnum>("staffRole");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("customerRoles");
    }
}

public sealed class DefineCustomerRoleInputType : InputObjectGraphType<DefineCustomerRoleInput>
{
    public DefineCustomerRoleInputType()
    {
        Name = "DefineCustomerRoleInput";
        Field(i => i.Key).Description("2–40 lower-case letters, digits, underscores; not 'public'.");
        Field(i => i.Name);
        Field(i => i.Description, nullable: true);
    }
}

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

public sealed class OrganizationPayloadType : ObjectGraphType<OrganizationPayload>
{
    public OrganizationPayloadType()
    {
        Name = "OrganizationPayload";
        Field<OrganizationType>("organization").Resolve(c => c.Source.Organization);
        this.AddUserErrors();
    }
}

public sealed class MembershipPayloadType : ObjectGraphType<MembershipPayload>
{
    public MembershipPayloadType()
    {
        Name = "MembershipPayload";
        Field<MembershipType>("membership").Resolve(c => c.Source.Membership);
        this.AddUserErrors();
    }
}

public sealed class InvitationPayloadType : ObjectGraphType<InvitationPayload>
{
    public InvitationPayloadType()
    {
        Name = "InvitationPayload";
        Field<InvitationType>("invitation").Resolve(c => c.Source.Invitation);
        this.AddUserErrors();
    }
}

public sealed class CustomerRolePayloadType : ObjectGraphType<CustomerRolePayload>
{
    public CustomerRolePayloadType()
    {
        Name = "CustomerRolePayload";
        Field<CustomerRoleType>("customerRole").Resolve(c => c.Source.CustomerRole);
        this.AddUserErrors();
    }
}

public sealed class RemoveMemberPayloadType : ObjectGraphType<RemoveMemberPayload>
{
    public RemoveMemberPayloadType()
    {
        Name = "RemoveMemberPayload";
        Field<IdGraphType>("removedMembershipId").Resolve(c => c.Source.RemovedMembershipId is { } id ? Platform.Api.GraphQL.Relay.GlobalId.Encode(MembershipType.TypeName, id) : null);
        this.AddUserErrors();
    }
}
