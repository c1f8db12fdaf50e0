using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

/// <summary>
/// Administrators' endpoints: create (the secret shown once), update, rotate the secret (the old one signs on for a
/// grace period), delete (its pending deliveries cancelled). Refusals are user errors and change nothing.
/// </summary>
public sealed class WebhookEndpointAdministration(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    WebhookUrlGuard urls,
    WebhookSecretProtector secrets,
    IOptions<WebhooksOptions> options,
    TimeProvider clock)
{
    public const int MaxDescriptionLength = 500;

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    public async Task<WebhookEndpointPayload> CreateAsync(CreateWebhookEndpointInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        var events = CheckEvents(input.Events, errors);
        CheckDescription(input.Description, errors);
        var (url, refusal) = await urls.CheckAsync(input.Url, cancellationToken);
        if (refusal is not null) errors.Add(new UserError("INVALID_URL", refusal, "url"));
        if (errors.Count > 0) return new WebhookEndpointPayload(null) { UserErrors = errors };
        if (await db.WebhookEndpoints.CountAsync(cancellationToken) >= options.Value.MaxEndpointsPerOrganization)
        {
            return new WebhookEndpointPayload(null)
            {
                UserErrors =
                [
                    new UserError("LIMIT_REACHED", $"An organization has at most {options.Value.MaxEndpointsPerOrganization} endpoints."),
                ],
            };
        }

        var now = clock.GetDatabaseNow();
        var secret = WebhookSecrets.New();
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            TenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved."),
            Url = url!.AbsoluteUri,
            Description = Blank(input.Description),
            Events = events!,
            EncryptedSecret = secrets.Protect(secret),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookEndpointPayload(endpoint, secret);
    }

    public async Task<WebhookEndpointPayload> UpdateAsync(UpdateWebhookEndpointInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(input.Id, cancellationToken) is not { } endpoint) return NotFound();
        var errors = new List<UserError>();
        var events = input.Events is null ? null : CheckEvents(input.Events, errors);
        CheckDescription(input.Description, errors);
        Uri? url = null;
        if (input.Url is not null)
        {
            (url, var refusal) = await urls.CheckAsync(input.Url, cancellationToken);
            if (refusal is not null) errors.Add(new UserError("INVALID_URL", refusal, "url"));
        }

        if (errors.Count > 0) return new WebhookEndpointPayload(null) { UserErrors = errors };
        if (url is not null) endpoint.Url = url.AbsoluteUri;
        if (events is not null) endpoint.Events = events;
        if (input.Description is not null) endpoint.Description = Blank(input.Description);
        if (input.Enabled is { } enabled && enabled != endpoint.Enabled)
        {
            endpoint.Enabled = enabled;
            endpoint.DisabledReason = enabled ? null : "Disabled by an administrator.";
            // Switched back on: a fresh start, so the old failures do not disable it again at once.
            endpoint.ConsecutiveFailures = 0;
            endpoint.FailingSince = null;
        }

        endpoint.UpdatedAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookEndpointPayload(endpoint);
    }

    public async Task<WebhookEndpointPayload> RotateAsync(RotateWebhookSecretInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(input.Id, cancellationToken) is not { } endpoint) return NotFound();
        var grace = input.GraceHours ?? options.Value.RotationGraceHours;
        if (grace is < 0 or > 720)
        {
            return new WebhookEndpointPayload(null)
            {
                UserErrors = [new UserError("INVALID_GRACE", "graceHours must be between 0 and 720.", "graceHours")],
            };
        }

        var now = clock.GetDatabaseNow();
        var secret = WebhookSecrets.New();
        endpoint.EncryptedPreviousSecret = grace > 0 ? endpoint.EncryptedSecret : null;
        endpoint.PreviousSecretExpiresAt = grace > 0 ? now.AddHours(grace) : null;
        endpoint.EncryptedSecret = secrets.Protect(secret);
        endpoint.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookEndpointPayload(endpoint, secret);
    }

    public async Task<DeleteWebhookEndpointPayload> DeleteAsync(DeleteWebhookEndpointInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(input.Id, cancellationToken) is not { } endpoint)
            return new DeleteWebhookEndpointPayload(null) { UserErrors = NotFound().UserErrors };
        var recipient = endpoint.Id.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await db.NotificationDeliveries
            .Where(d => d.Channel == DeliveryChannel.Webhook && d.Recipient == recipient && d.State == DeliveryState.Pending)
            .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, DeliveryState.Cancelled)
                    .SetProperty(d => d.LastError, "The endpoint was deleted.")
                    .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DeleteWebhookEndpointPayload(WebhookEndpointIds.Of(endpoint.Id), cancelled);
    }

    /// <summary>This organization's endpoint; null for an unknown, malformed or another organization's id.</summary>
    public async Task<WebhookEndpoint?> FindAsync(string? globalId, CancellationToken cancellationToken) =>
        WebhookEndpointIds.Endpoint(globalId) is { } id
            ? await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;

    public static WebhookEndpointPayload NotFound() =>
        new(null) { UserErrors = [new UserError("NOT_FOUND", "No such webhook endpoint in this organization.", "id")] };

    private static List<string>? CheckEvents(IReadOnlyList<string>? events, List<UserError> errors)
    {
        if (events is null || events.Count == 0)
        {
            errors.Add(new UserError("INVALID_EVENTS", "Subscribe to at least one event.", "events"));
            return null;
        }

        var unknown = events.Where(e => !PublicEventTypes.Webhook.Contains(e)).ToList();
        if (unknown.Count > 0)
        {
            var shown = string.Join(", ",
                unknown.Take(5).Select(e => WebhookText.IsClean(e) && e.Length <= 64 ? $"'{e}'" : "(unreadable)"));
            var known = string.Join(", ", PublicEventTypes.Webhook);
            errors.Add(new UserError("UNKNOWN_EVENT", $"Unknown event type(s): {shown}. Known: {known}.", "events"));
            return null;
        }

        return [.. events.Distinct().Order(StringComparer.Ordinal)];
    }

    private static void CheckDescription(string? description, List<UserError> errors)
    {
        if (description is null) return;
        if (description.Length > MaxDescriptionLength)
            errors.Add(new UserError("INVALID_DESCRIPTION", $"At most {MaxDescriptionLength} characters.", "description"));
        else if (!WebhookText.IsClean(description))
        {
            errors.Add(new UserError(
                "INVALID_DESCRIPTION", "The description contains control characters or broken Unicode.", "description"));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
