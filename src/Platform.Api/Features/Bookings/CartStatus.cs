namespace Platform.Api.Features.Bookings;

public enum CartStatus
{
    Open,

    /// <summary>Its time ran out; every hold in it was released.</summary>
    Expired,

    /// <summary>The customer gave it up; every hold in it was released.</summary>
    Abandoned,

    /// <summary>Paid for (the payments module closes it).</summary>
    CheckedOut,
}
