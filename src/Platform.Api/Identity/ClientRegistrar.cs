using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Api.Data;
using Platform.Api.Features.Integrations;
using Platform.Api.Features.Organizations;
using Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Identity;

/// <summary>Registers OpenIddict clients: the first-party apps at start-up, integration clients on demand.</summary>
public sealed class ClientRegistrar(IOpenIddictApplicationManager applications, IOptions<PlatformIdentityOptions> options,
    IOptions<PlatformOptions> platform, IHostEnvironment environment, PlatformDbContext db, ICurrentTenant currentTenant,
    TimeProvider clock)
{
    /// <summary>Creates or updates the first-party clients; idempotent.</summary>
    public async Task EnsureFirstPartyClientsAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await UpsertAsync(PublicCodeClient(PlatformClients.Web, "Platform web", WebRedirectUris(settings)), cancellationToken);
        await UpsertAsync(PublicCodeClient(PlatformClients.Mobile, "Platform mobile", settings.MobileRedirectUris), cancellationToken);
        if (IdentityExtensions.AllowsPasswordGrant(environment))
        {
            var dev = new OpenIddictApplicationDescriptor
            {
                ClientId = PlatformClients.Development,
                DisplayName = "Development (password grant)",
                ClientType = ClientTypes.Public,
            };
            dev.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
                Permissions.Prefixes.Scope + PlatformClients.ApiScope, Permissions.Scopes.Email, Permissions.Scopes.Profile]);
            await UpsertAsync(dev, cancellationToken);
        }
    }

    /// <summary>
    /// Registers a confidential client-credentials client bound to one organization and staff role, and the
    /// organization's <see cref="IntegrationClient"/> row for it (its API key list).
    /// Returns the secret, which is stored only as a hash and cannot be read back.
    /// </summary>
    public async Task<string> RegisterIntegrationClientAsync(string clientId, string displayName, Guid tenantId, string staffRole,
        CancellationToken cancellationToken)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + PlatformClients.ApiScope]);
        descriptor.Properties[PlatformClients.TenantProperty] = JsonSerializer.SerializeToElement(tenantId.ToString());
        descriptor.Properties[PlatformClients.StaffRoleProperty] = JsonSerializer.SerializeToElement(staffRole);
        await UpsertAsync(descriptor, cancellationToken);
        await UpsertRowAsync(clientId, displayName, tenantId, Enum.Parse<StaffRole>(staffRole, ignoreCase: true), cancellationToken);
        return secret;
    }

    /// <summary>A new secret for an integration client; the old one stops working at once. Null when the client is unknown.</summary>
    public async Task<string?> RotateIntegrationClientSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null) return null;
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await applications.UpdateAsync(application, secret, cancellationToken);
        return secret;
    }

    /// <summary>Deletes an integration client's registration (with its tokens): no new token is issued to it.</summary>
    public async Task DeleteIntegrationClientAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
            await applications.DeleteAsync(application, cancellationToken);
    }

    private async Task UpsertRowAsync(string clientId, string name, Guid tenantId, StaffRole role, CancellationToken cancellationToken)
    {
        using var scope = currentTenant.Change(tenantId);
        var row = await db.IntegrationClients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (row is null)
        {
            row = new IntegrationClient { Id = Guid.CreateVersion7(), ClientId = clientId, CreatedAt = clock.GetUtcNow() };
            db.IntegrationClients.Add(row);
        }
        else
        {
            // Registering an existing client again (the demo seed) gives it a new secret and makes it usable again.
            row.RotatedAt = clock.GetUtcNow();
            row.RevokedAt = null;
        }

        row.Name = name;
        row.StaffRole = role;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The configured ones, and the callback of the web client this server itself serves at its public address: an
    /// instance on another address (or a replica that starts later) then never registers a list without it.
    /// </summary>
    private List<string> WebRedirectUris(PlatformIdentityOptions settings)
    {
        var uris = new List<string>(settings.WebRedirectUris);
        if (platform.Value.PublicUrl is { Length: > 0 } publicUrl)
            uris.Add(new Uri(new Uri(publicUrl.TrimEnd('/') + "/"), "callback").AbsoluteUri);
        return uris.Distinct(StringComparer.Ordinal).ToList();
    }

    private static OpenIddictApplicationDescriptor PublicCodeClient(string clientId, string name, IEnumerable<string> redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = name,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
        };
        foreach (var uri in redirectUris) descriptor.RedirectUris.Add(new Uri(uri));
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + PlatformClients.ApiScope,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    /// <summary>
    /// Replicas start together and each upserts the same clients: a concurrent update (the concurrency token) or create
    /// (the unique client id) loses and is retried on a fresh read instead of failing the start.
    /// </summary>
    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
                if (existing is null) await applications.CreateAsync(descriptor, cancellationToken);
                else await applications.UpdateAsync(existing, descriptor, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < 5 && e is OpenIddictExceptions.ConcurrencyException or DbUpdateException)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }
}
