using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Tenancy;

namespace Platform.Api.Data;

/// <summary>The global tenant registry: no tenant_id, no row-level security.</summary>
internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> tenant)
    {
        tenant.ToTable("tenants", PlatformDbContext.PlatformSchema, t =>
            t.HasCheckConstraint("ck_tenants_slug", "slug ~ '^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$'"));
        tenant.HasKey(t => t.Id);
        tenant.HasIndex(t => t.Slug).IsUnique();
        tenant.Property(t => t.Slug).HasMaxLength(48);
        tenant.Property(t => t.Name).HasMaxLength(200);
        tenant.Property(t => t.TimeZone).HasMaxLength(64);
        tenant.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        tenant.Property(t => t.LogoUrl).HasMaxLength(2048);
        tenant.Property(t => t.BrandColor).HasMaxLength(7);
        tenant.Property(t => t.DefaultLanguage).HasMaxLength(8).HasDefaultValue("en");
        tenant.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
    }
}
