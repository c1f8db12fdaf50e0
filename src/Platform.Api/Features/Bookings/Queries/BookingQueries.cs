using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Queries;

/// <summary>
/// Booking lists: a customer's upcoming and past bookings, a provider's agenda, and the
/// administrators' filtered list. Keyset pagination over (start, id), so pages stay stable while
/// bookings come and go; every filter narrows what <see cref="BookingAccess"/> already allows.
/// </summary>
public sealed class BookingQueries(PlatformDbContext db, BookingAccess access, TimeProvider clock)
{
    public const int MaxPageSize = 100;
    public const int MaxAgendaDays = 62;
    public const int MaxAgendaBookings = 2000;

    public async Task<Connection<Booking>> MineAsync(
        PlatformUserContext caller,
        BookingTimeframe timeframe,
        int? first,
        string? after,
        CancellationToken cancellationToken
    )
    {
        if (caller.UserId is not { } userId || caller.Tenant is null)
            return Page([], 0, after, _ => Task.FromResult(0));
        var now = clock.GetDatabaseNow();
        var mine = db.Bookings.AsNoTracking().Where(b => b.CustomerUserId == userId);
        // Upcoming: still ahead and still holding its place. Past: everything else (ended, or cancelled, declined, expired).
        var query =
            timeframe == BookingTimeframe.Upcoming
                ? mine.Where(b => b.EndsAt > now).Where(BookingOccupancy.OccupiesAt(now))
                : mine.Where(BookingOccupancy.PastAt(now));
        return await PageAsync(query, descending: timeframe == BookingTimeframe.Past, first, after, cancellationToken);
    }

    /// <summary>
    /// A provider's bookings overlapping [from, to): the caller's own agenda, or (administrators and
    /// staff) any provider's. Cancelled, declined and expired ones only when asked for.
    /// </summary>
    public async Task<IReadOnlyList<Booking>> AgendaAsync(
        PlatformUserContext caller,
        string? providerId,
        DateTimeOffset from,
        DateTimeOffset to,
        bool includeInactive,
        CancellationToken cancellationToken
    )
    {
        if (to <= from || (to - from).TotalDays > MaxAgendaDays)
            throw new global::GraphQL.ExecutionError($"Ask for at most {MaxAgendaDays} days, 'to' after 'from'.")
            {
                Code = "INVALID_RANGE",
            };
        var own = await access.OwnProviderIdAsync(caller, cancellationToken);
        Guid? provider = providerId is null ? own : GlobalId.TryDecode(providerId, ProviderType.TypeName);
        if (provider is null || (provider != own && !BookingAccess.SeesAll(caller)))
            return [];
        var now = clock.GetDatabaseNow();
        var query = db.Bookings.AsNoTracking().Where(b => b.ProviderId == provider && b.StartsAt < to && b.EndsAt > from);
        if (!includeInactive)
            query = query.Where(BookingOccupancy.BookedAt(now));
        return await query.OrderBy(b => b.StartsAt).ThenBy(b => b.Id).Take(MaxAgendaBookings).ToListAsync(cancellationToken);
    }

    /// <summary>Every booking of the organization matching <paramref name="filter"/>, earliest first. Administrators and staff.</summary>
    public async Task<Connection<Booking>> ListAsync(
        PlatformUserContext caller,
        BookingFilter filter,
        int? first,
        string? after,
        CancellationToken cancellationToken
    )
    {
        if (!BookingAccess.SeesAll(caller))
            return Page([], 0, after, _ => Task.FromResult(0));
        var query = db.Bookings.AsNoTracking();
        if (filter.ProviderId is not null)
            query = GlobalId.TryDecode(filter.ProviderId, ProviderType.TypeName) is { } p
                ? query.Where(b => b.ProviderId == p)
                : query.Where(b => false);
        if (filter.OfferingId is not null)
            query = GlobalId.TryDecode(filter.OfferingId, OfferingType.TypeName) is { } o
                ? query.Where(b => b.OfferingId == o)
                : query.Where(b => false);
        if (filter.From is { } from)
            query = query.Where(b => b.StartsAt >= from);
        if (filter.To is { } to)
            query = query.Where(b => b.StartsAt < to);
        if (filter.Statuses is { Count: > 0 } statuses)
            query = query.Where(EffectiveStatus.In(statuses, clock.GetDatabaseNow()));
        return await PageAsync(query, descending: false, first, after, cancellationToken);
    }

    private static async Task<Connection<Booking>> PageAsync(
        IQueryable<Booking> query,
        bool descending,
        int? first,
        string? after,
        CancellationToken cancellationToken
    )
    {
        var size = Math.Clamp(first ?? 20, 0, MaxPageSize);
        var whole = query;
        if (after is not null)
        {
            if (BookingCursor.TryDecode(after) is not { } cursor)
                throw new global::GraphQL.ExecutionError("'after' is not a cursor from this list.") { Code = "INVALID_CURSOR" };
            query = descending
                ? query.Where(b => b.StartsAt < cursor.Start || (b.StartsAt == cursor.Start && b.Id.CompareTo(cursor.Id) < 0))
                : query.Where(b => b.StartsAt > cursor.Start || (b.StartsAt == cursor.Start && b.Id.CompareTo(cursor.Id) > 0));
        }
        query = descending
            ? query.OrderByDescending(b => b.StartsAt).ThenByDescending(b => b.Id)
            : query.OrderBy(b => b.StartsAt).ThenBy(b => b.Id);
        var rows = await query.Take(size + 1).ToListAsync(cancellationToken);
        return Page(rows, size, after, ct => whole.CountAsync(ct));
    }

    private static Connection<Booking> Page(IReadOnlyList<Booking> rows, int size, string? after, Func<CancellationToken, Task<int>> count)
    {
        var edges = rows.Take(size).Select(b => new Edge<Booking> { Node = b, Cursor = BookingCursor.Of(b).Encode() }).ToList();
        return new CountedConnection<Booking>(count)
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
