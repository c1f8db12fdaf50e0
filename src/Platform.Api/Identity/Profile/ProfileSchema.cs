using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Identity.Profile;

public static class ProfileSchema
{
    public static void AddProfileMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProfilePayloadType>>("updateProfile")
            .Description("Changes your own name, and the language and time zone of the messages you receive. Signed-in people.")
            .Argument<NonNullGraphType<UpdateProfileInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<ProfileService>().UpdateAsync(
                c.Caller().UserId!.Value, c.GetArgument<UpdateProfileInput>("input"), c.CancellationToken));
    }
}
