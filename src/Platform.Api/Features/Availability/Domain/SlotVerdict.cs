namespace Platform.Api.Features.Availability.Domain;

/// <summary>What one provider's calendar says of a start that was asked for.</summary>
public enum SlotVerdict
{
    /// <summary>A slot now: on the grid, in hours, free.</summary>
    Bookable,

    /// <summary>A slot of the schedule, but another booking or a busy time holds it.</summary>
    Taken,

    /// <summary>Sooner than the offering's minimum notice.</summary>
    TooSoon,

    /// <summary>Further ahead than the offering's booking window.</summary>
    BeyondWindow,

    /// <summary>Inside working hours, but not one of the starts the offering's interval steps through.</summary>
    OffGrid,

    /// <summary>The session does not fit in the provider's working hours.</summary>
    OutsideHours,

    /// <summary>On the grid and in hours, but a blackout closes it.</summary>
    BlackedOut,
}
