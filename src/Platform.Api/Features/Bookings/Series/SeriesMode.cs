
namespace Platform.Api.Features.Bookings.Series;

public enum SeriesMode
{
    /// <summary>Book every occurrence or none.</summary>
    AllOrNothing,

    /// <summary>Book the occurrences that fit and report the others.</summary>
    BookWhatFits,
}
