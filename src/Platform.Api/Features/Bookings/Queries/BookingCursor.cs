using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Platform.Api.Features.Bookings.Queries;

/// <summary>An opaque keyset cursor over (start, id): stable while bookings are added or change status.</summary>
public readonly record struct BookingCursor(DateTimeOffset Start, Guid Id)
{
    public static BookingCursor Of(Booking booking) => new(booking.StartsAt, booking.Id);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"b:{Start.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    /// <summary>Decodes a cursor; null for anything malformed (never throws on client input).</summary>
    public static BookingCursor? TryDecode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 100 || !Base64Url.IsValid(cursor))
            return null;
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        return
            parts is ["b", var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks is >= 0 and <= 3155378975999999999
            && Guid.TryParseExact(id, "N", out var guid)
            ? new BookingCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
            : null;
    }
}
