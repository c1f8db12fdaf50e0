using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity.Profile;

public sealed record ProfilePayload(User? User) : Payload;
