using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Carts;

public sealed record CartPayload(Cart? Cart) : Payload;
