using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL.Types.Relay.DataObjects;

namespace Platform.Api.GraphQL.Relay;

/// <summary>An opaque keyset cursor over (instant, id), for lists ordered newest first.</summary>
public readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"k:{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    /// <summary>The cursor, or an INVALID_CURSOR error for anything this list did not hand out.</summary>
    public static KeysetCursor Decode(string cursor)
    {
        if (cursor.Length is > 0 and <= 100 && Base64Url.IsValid(cursor)
            && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':') is ["k", var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks is >= 0 and <= 3155378975999999999
            && Guid.TryParseExact(id, "N", out var guid))
        {
            return new KeysetCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid);
        }

        throw new global::GraphQL.ExecutionError("'after' is not a cursor from this list.") { Code = "INVALID_CURSOR" };
    }

    /// <summary>A page of <paramref name="rows"/> (fetched one past <paramref name="size"/>) with a lazy total count.</summary>
    public static Connection<T> Page<T>(
        IReadOnlyList<T> rows, int size, string? after, Func<T, KeysetCursor> cursorOf, Func<CancellationToken, Task<int>> count)
    {
        var edges = rows.Take(size).Select(r => new Edge<T> { Node = r, Cursor = cursorOf(r).Encode() }).ToList();
        return new CountedConnection<T>(count)
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > size,
                HasPreviousPage = after is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
