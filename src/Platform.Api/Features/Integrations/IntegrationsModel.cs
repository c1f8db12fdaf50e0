using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Api.Features.Integrations;

/// <summary>EF mapping for webhook endpoints and API keys. Keys lead with tenant_id.</summary>
internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> endpoint)
    {
        endpoint.ToTable("webhook_endpoints");
        endpoint.HasKey(e => new { e.TenantId, e.Id });
        endpoint.HasAlternateKey(e => e.Id);
        endpoint.Property(e => e.Url).HasMaxLength(2048);
        endpoint.Property(e => e.Description).HasMaxLength(500);
        endpoint.Property(e => e.EncryptedSecret).HasMaxLength(1000);
        endpoint.Property(e => e.EncryptedPreviousSecret).HasMaxLength(1000);
        endpoint.Property(e => e.DisabledReason).HasMaxLength(500);
        endpoint.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IntegrationClientConfiguration : IEntityTypeConfiguration<IntegrationClient>
{
    public void Configure(EntityTypeBuilder<IntegrationClient> client)
    {
        client.ToTable("integration_clients", t =>
            t.HasCheckConstraint("ck_integration_clients_staff_role", "staff_role IN ('Owner','Admin','Provider','Staff')"));
        client.HasKey(c => new { c.TenantId, c.Id });
        client.HasAlternateKey(c => c.Id);
        // Client ids are global (OpenIddict's), so unique across organizations.
        client.HasIndex(c => c.ClientId).IsUnique();
        client.Property(c => c.ClientId).HasMaxLength(100);
        client.Property(c => c.Name).HasMaxLength(200);
        client.Property(c => c.StaffRole).HasConversion<string>().HasMaxLength(16);
        client.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
