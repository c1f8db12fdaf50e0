namespace Platform.Api.GraphQL.RateLimiting;

/// <summary>What taking a permit from an instance's local allowance came to.</summary>
public enum TakeResult
{
    Taken,
    Refused,

    /// <summary>None left here, but the cluster may have some: claim a batch.</summary>
    ClaimNeeded,
}
