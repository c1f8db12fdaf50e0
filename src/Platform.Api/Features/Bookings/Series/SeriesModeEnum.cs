using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Series;

public sealed class SeriesModeEnum : EnumerationGraphType<SeriesMode>
{
    public SeriesModeEnum()
    {
        Name = "SeriesMode";
        Description = "ALL_OR_NOTHING: every occurrence or none. BOOK_WHAT_FITS: the ones that fit, the others reported.";
    }
}
