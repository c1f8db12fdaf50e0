using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Organizations.Administration;
using Platform.Api.Features.Organizations.Invitations;
using Platform.Api.Features.Organizations.Members;
using Platform.Api.Features.Organizations.SignUp;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;

namespace Platform.Api.Features.Organizations.GraphQL;

/// <summary>The organization feature's root fields: <c>viewer</c>, <c>organization</c> and the membership mutations.</summary>
public static class OrganizationSchema
{
    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query
            .Field<ViewerType>("viewer")
            .Description("The signed-in user and their memberships; null when anonymous. Public: anyone may ask, signed in or not.")
            .Resolve(c => c.Caller().UserId is { } id ? new Viewer(id, c.Caller().Tenant?.Id) : null);
        query
            .Field<OrganizationType>("organization")
            .Description(
                "The organization this request is addressed to (/t/{slug}/graphql, X-Tenant or host); null when none. "
                    + "Public: anyone may ask, signed in or not."
            )
            .Resolve(c => c.Caller().Tenant);
    }

    public static void AddOrganizationMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<SignUpPayloadType>>("signUp")
            .Description(
                "Public: guests (not signed in) may call it. Creates an account and emails a link to confirm its email (see "
                    + "confirmEmail); when the email already has an account, answers exactly the same and emails its owner instead. "
                    + "Sign in afterwards through /connect/token or /connect/authorize."
            )
            .Argument<NonNullGraphType<SignUpInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<AccountService>().SignUpAsync(c.GetArgument<SignUpInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<OrganizationPayloadType>>("createOrganization")
            .Description("Creates an organization; you become its OWNER.")
            .Argument<NonNullGraphType<CreateOrganizationInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                c.Caller().UserId is { } userId
                    ? await c.Service<OrganizationService>()
                        .CreateAsync(userId, c.GetArgument<CreateOrganizationInput>("input"), c.CancellationToken)
                    : new OrganizationPayload(null)
                    {
                        UserErrors = [new UserError("USER_REQUIRED", "Organizations are created by people, not integration clients.")],
                    }
            );

        mutation
            .Field<NonNullGraphType<OrganizationPayloadType>>("updateOrganization")
            .Argument<NonNullGraphType<UpdateOrganizationInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<OrganizationService>().UpdateAsync(c.GetArgument<UpdateOrganizationInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<InvitationPayloadType>>("inviteMember")
            .Description("Emails an invitation link; accepting it makes the recipient a member with these roles.")
            .Argument<NonNullGraphType<MemberInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<InvitationService>()
                    .InviteAsync(c.Caller().UserId ?? Guid.Empty, c.GetArgument<MemberInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<MembershipPayloadType>>("acceptInvitation")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                c.Caller().UserId is { } userId && c.Caller().Tenant is not null
                    ? await c.Service<InvitationService>().AcceptAsync(userId, c.GetArgument<string>("token"), c.CancellationToken)
                    : new MembershipPayload(null)
                    {
                        UserErrors =
                        [
                            new UserError(
                                "ORGANIZATION_REQUIRED",
                                "Accept the invitation at the organization's address, /t/{slug}/graphql."
                            ),
                        ],
                    }
            );

        mutation
            .Field<NonNullGraphType<MembershipPayloadType>>("addMember")
            .Description("Adds an existing account as a member.")
            .Argument<NonNullGraphType<MemberInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<OrganizationService>().AddMemberAsync(c.GetArgument<MemberInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<MembershipPayloadType>>("setMemberRoles")
            .Description("Sets (or with null, removes) a member's staff role.")
            .Argument<NonNullGraphType<IdGraphType>>("membershipId")
            .Argument<StaffRoleEnum>("staffRole")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                MembershipIdOf(c) is { } id
                    ? await c.Service<OrganizationService>()
                        .SetStaffRoleAsync(c.Caller().StaffRole, id, c.GetArgument<StaffRole?>("staffRole"), c.CancellationToken)
                    : UnknownMember()
            );

        mutation
            .Field<NonNullGraphType<MembershipPayloadType>>("assignCustomerRoles")
            .Description("Replaces a member's customer roles ('public' is implicit).")
            .Argument<NonNullGraphType<IdGraphType>>("membershipId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                MembershipIdOf(c) is { } id
                    ? await c.Service<OrganizationService>()
                        .AssignCustomerRolesAsync(id, c.GetArgument<List<string>>("roles"), c.CancellationToken)
                    : UnknownMember()
            );

        mutation
            .Field<NonNullGraphType<RemoveMemberPayloadType>>("removeMember")
            .Argument<NonNullGraphType<IdGraphType>>("membershipId")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                MembershipIdOf(c) is { } id
                    ? await c.Service<OrganizationService>().RemoveMemberAsync(c.Caller().StaffRole, id, c.CancellationToken)
                    : new RemoveMemberPayload(null) { UserErrors = [UnknownMember().UserErrors[0]] }
            );

        mutation
            .Field<NonNullGraphType<CustomerRolePayloadType>>("defineCustomerRole")
            .Description("Defines a customer role, e.g. member, resident_artist or student.")
            .Argument<NonNullGraphType<DefineCustomerRoleInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<OrganizationService>()
                    .DefineCustomerRoleAsync(c.GetArgument<DefineCustomerRoleInput>("input"), c.CancellationToken)
            );
    }

    private static Guid? MembershipIdOf(IResolveFieldContext context) =>
        GlobalId.TryDecode(context.GetArgument<string>("membershipId"), MembershipType.TypeName);

    private static MembershipPayload UnknownMember() =>
        new(null) { UserErrors = [new UserError("NOT_FOUND", "No such member in this organization.", "membershipId")] };
}
