using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Calendar;

/// <summary>
/// A person's secret calendar subscription addresses in one organization. The token is random and shown once, in the
/// address; only its SHA-256 is stored, so the table cannot rebuild an address, and revoking stops it at once.
/// </summary>
public sealed class CalendarFeedService(PlatformDbContext db, ICurrentTenant currentTenant, PublicAddress address, TimeProvider clock)
{
    public async Task<CalendarFeedPayload> CreateAsync(PlatformUserContext caller, CancellationToken cancellationToken)
    {
        if (caller.UserId is not { } userId) return PeopleOnly();
        if (caller.Tenant is not { } tenant)
            return CalendarFeedPayload.Fail("ORGANIZATION_REQUIRED", "Ask at the organization's address, /t/{slug}/graphql.");
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = clock.GetUtcNow(),
        };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarFeedPayload(feed, address.Link($"t/{tenant.Slug}/calendar/{token}.ics"));
    }

    /// <summary>The caller's feeds here, revoked ones too, newest first.</summary>
    public async Task<IReadOnlyList<CalendarFeed>> ListAsync(PlatformUserContext caller, CancellationToken cancellationToken) =>
        caller.UserId is not { } userId || caller.Tenant is null
            ? []
            : await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId)
                .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).ToListAsync(cancellationToken);

    public async Task<CalendarFeedPayload> RevokeAsync(PlatformUserContext caller, Guid id, CancellationToken cancellationToken)
    {
        if (caller.UserId is not { } userId) return PeopleOnly();
        var feed = caller.Tenant is null
            ? null
            : await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Id == id && f.UserId == userId, cancellationToken);
        if (feed is null) return NotFound();
        if (feed.RevokedAt is null)
        {
            feed.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return new CalendarFeedPayload(feed);
    }

    /// <summary>The person a feed token of this organization belongs to, unless unknown or revoked.</summary>
    public async Task<Guid?> OwnerOfAsync(string token, CancellationToken cancellationToken)
    {
        if (currentTenant.Id is null || token.Length is 0 or > 200) return null;
        var hash = Hash(token);
        return await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.TokenHash == hash && f.RevokedAt == null)
            .Select(f => (Guid?)f.UserId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public static CalendarFeedPayload NotFound() => CalendarFeedPayload.Fail("NOT_FOUND", "No such calendar feed of yours here.", "id");

    private static CalendarFeedPayload PeopleOnly() =>
        CalendarFeedPayload.Fail("USER_REQUIRED", "Calendar feeds belong to people; sign in as one.");

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
