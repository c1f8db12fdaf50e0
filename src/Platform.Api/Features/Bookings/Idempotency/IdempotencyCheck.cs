using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Idempotency;

/// <summary>What an idempotency key said about a request: new, a replay of one already done, or a misuse.</summary>
public sealed record IdempotencyCheck(Guid? ReplayOf, UserError? Error)
{
    public static readonly IdempotencyCheck New = new(null, null);
}
