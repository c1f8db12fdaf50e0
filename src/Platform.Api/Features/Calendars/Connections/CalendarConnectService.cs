using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;
using Platform.Modules.Calendars;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// Starting an OAuth connection: a pending row with the hash of a one-time state and the encrypted PKCE verifier, and
/// the service's consent URL. The state names the organization (the callback arrives without one) and is good once,
/// for <see cref="CalendarsOptions.ConsentMinutes"/>.
/// </summary>
public sealed class CalendarConnectService(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    ProviderAccess access,
    CalendarSecrets secrets,
    CalendarProviders providers,
    PublicAddress address,
    IOptions<CalendarsOptions> options,
    TimeProvider clock)
{
    public const string CallbackPath = "/calendars/oauth/callback";

    public async Task<ConnectCalendarPayload> ConnectAsync(
        PlatformUserContext caller, ConnectCalendarInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == CalendarKind.Ics)
            return Fail("INVALID_KIND", "ICS feeds are added with addIcsCalendar (their URL), not by consent.", "kind");
        if (providers.Find(input.Kind) is not { IsConfigured: true } service)
            return Fail("CALENDAR_NOT_CONFIGURED", $"This platform has no {input.Kind} app configured (docs/providers.md).", "kind");
        var (provider, error) = await access.ResolveAsync(caller, input.ProviderId, cancellationToken);
        if (error is not null) return new ConnectCalendarPayload(null, null) { UserErrors = [error] };
        var tenantId = currentTenant.Id!.Value;
        var now = clock.GetDatabaseNow();
        // Abandoned consents of this provider are cleared first, so they never count against the limit.
        await db.CalendarConnections.Where(c => c.ProviderId == provider!.Id && c.Status == CalendarConnectionStatus.Pending
            && c.ConsentExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        if (await db.CalendarConnections.CountAsync(c => c.ProviderId == provider!.Id, cancellationToken)
            >= options.Value.MaxConnectionsPerProvider)
            return Fail("LIMIT_REACHED", $"A provider has at most {options.Value.MaxConnectionsPerProvider} calendar connections.", null);

        var state = $"{tenantId:N}.{CalendarSecrets.NewSecret()}";
        var verifier = CalendarSecrets.NewSecret();
        var connection = new CalendarConnection
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            ProviderId = provider!.Id,
            Kind = input.Kind,
            Status = CalendarConnectionStatus.Pending,
            StateHash = CalendarSecrets.Hash(state),
            ProtectedCodeVerifier = secrets.Protect(tenantId, verifier),
            ConsentExpiresAt = now.AddMinutes(options.Value.ConsentMinutes),
            NextSyncAt = now,
            CreatedByUserId = caller.UserId,
            CreatedAt = now,
        };
        db.CalendarConnections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        var consent = service.ConsentUrl(new ConsentRequest(RedirectUri(), state, CalendarSecrets.ChallengeOf(verifier)));
        return new ConnectCalendarPayload(connection, consent.AbsoluteUri);
    }

    /// <summary>Where every service sends the browser back: one fixed address to register with the OAuth app.</summary>
    public Uri RedirectUri() => new(address.Link(CallbackPath.TrimStart('/')));

    private static ConnectCalendarPayload Fail(string code, string message, string? field) =>
        new(null, null) { UserErrors = [new UserError(code, message, field)] };
}
