namespace Platform.Api.Features.Bookings.Domain;

public enum RecurrenceFrequency
{
    Weekly,
    Biweekly,

    /// <summary>The same day of the month (the 31st becomes the month's last day where it has none).</summary>
    Monthly,
}
