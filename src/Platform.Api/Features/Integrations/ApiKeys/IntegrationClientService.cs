using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;

namespace Platform.Api.Features.Integrations.ApiKeys;

/// <summary>
/// An organization's API keys: OAuth client-credentials clients (OpenIddict keeps the secret, hashed) bound to the
/// organization and a staff role. Created, rotated and revoked by its administrators, never by another key.
/// </summary>
public sealed class IntegrationClientService(
    PlatformDbContext db,
    ClientRegistrar registrar,
    RevokedClientCache revoked,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<IntegrationClient>> ListAsync(CancellationToken cancellationToken) =>
        await db.IntegrationClients.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IntegrationClientPayload> CreateAsync(
        PlatformUserContext caller, CreateIntegrationClientInput input, CancellationToken cancellationToken)
    {
        if (caller.UserId is null || caller.Tenant is not { } tenant) return PeopleOnly();
        if (ApiKeyRules.CheckName(input.Name) is { } badName) return IntegrationClientPayload.Fail("INVALID_NAME", badName, "name");
        if (!ApiKeyRules.MayGrant(caller.StaffRole, input.StaffRole)) return RoleTooHigh();

        var clientId = ApiKeyRules.NewClientId();
        var secret = await registrar.RegisterIntegrationClientAsync(
            clientId, input.Name.Trim(), tenant.Id, input.StaffRole.ToString(), cancellationToken);
        var client = await db.IntegrationClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId, cancellationToken);
        return new IntegrationClientPayload(client, secret);
    }

    /// <summary>A new secret, shown once; the old one stops working at once (tokens already issued run out as usual).</summary>
    public async Task<IntegrationClientPayload> RotateSecretAsync(PlatformUserContext caller, Guid id, CancellationToken cancellationToken)
    {
        if (caller.UserId is null) return PeopleOnly();
        var client = await db.IntegrationClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null) return NotFound();
        if (client.RevokedAt is not null)
            return IntegrationClientPayload.Fail("REVOKED", "This key is revoked; create a new one.", "id");
        // Reading a new secret of a key is as good as creating it: the same rule for its role.
        if (!ApiKeyRules.MayGrant(caller.StaffRole, client.StaffRole)) return RoleTooHigh();

        var secret = await registrar.RotateIntegrationClientSecretAsync(client.ClientId, cancellationToken);
        if (secret is null) return NotFound();
        client.RotatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new IntegrationClientPayload(client, secret);
    }

    /// <summary>
    /// Revokes the key for good: its registration is deleted (no new tokens) and the tokens it holds are refused
    /// (<see cref="IntegrationClientUsage.IsRevokedAsync"/>). Revoking a revoked key changes nothing.
    /// </summary>
    public async Task<IntegrationClientPayload> RevokeAsync(PlatformUserContext caller, Guid id, CancellationToken cancellationToken)
    {
        if (caller.UserId is null) return PeopleOnly();
        var client = await db.IntegrationClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null) return NotFound();
        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        await registrar.DeleteIntegrationClientAsync(client.ClientId, cancellationToken);
        revoked.Remember(client.ClientId, true);
        return new IntegrationClientPayload(client);
    }

    private static IntegrationClientPayload PeopleOnly() =>
        IntegrationClientPayload.Fail("USER_REQUIRED", "API keys are managed by people, not by API keys.");

    private static IntegrationClientPayload RoleTooHigh() =>
        IntegrationClientPayload.Fail("ROLE_TOO_HIGH", "Only an owner can hand out a key acting as OWNER.", "staffRole");

    private static IntegrationClientPayload NotFound() =>
        IntegrationClientPayload.Fail("NOT_FOUND", "No such API key in this organization.", "id");
}
