using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Organizations;

namespace Platform.Api.Features.Availability;

/// <summary>EF mapping for providers and their hours. Keys and indexes lead with tenant_id; foreign keys include it.</summary>
internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.ToTable("providers");
        provider.HasKey(p => new { p.TenantId, p.Id }).HasName("pk_providers");
        provider.HasAlternateKey(p => p.Id);
        provider.HasIndex(p => new { p.TenantId, p.MembershipId }).IsUnique();
        provider.Property(p => p.TimeZone).HasMaxLength(64);
        provider
            .HasOne<Membership>()
            .WithMany()
            .HasForeignKey(p => new { p.TenantId, p.MembershipId })
            .HasPrincipalKey(m => new { m.TenantId, m.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvailabilityRuleConfiguration : IEntityTypeConfiguration<AvailabilityRule>
{
    public void Configure(EntityTypeBuilder<AvailabilityRule> rule)
    {
        rule.ToTable("availability_rules", t =>
            t.HasCheckConstraint(
                "ck_availability_rules_hours",
                "day_of_week BETWEEN 1 AND 7 AND start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440"
            )
        );
        rule.HasKey(r => new { r.TenantId, r.Id });
        rule.HasIndex(r => new
        {
            r.TenantId,
            r.ProviderId,
            r.DayOfWeek,
        });
        rule.HasOne<Provider>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvailabilityOverrideConfiguration : IEntityTypeConfiguration<AvailabilityOverride>
{
    public void Configure(EntityTypeBuilder<AvailabilityOverride> change)
    {
        change.ToTable("availability_overrides", t =>
            t.HasCheckConstraint(
                "ck_availability_overrides_hours",
                "(start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440)"
            )
        );
        change.HasKey(o => new { o.TenantId, o.Id });
        change.HasIndex(o => new
        {
            o.TenantId,
            o.ProviderId,
            o.Date,
        });
        change
            .HasOne<Provider>()
            .WithMany()
            .HasForeignKey(o => new { o.TenantId, o.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BlackoutConfiguration : IEntityTypeConfiguration<Blackout>
{
    public void Configure(EntityTypeBuilder<Blackout> blackout)
    {
        blackout.ToTable("blackouts", t => t.HasCheckConstraint("ck_blackouts_span", "ends_at > starts_at"));
        blackout.HasKey(b => new { b.TenantId, b.Id });
        blackout.HasAlternateKey(b => b.Id);
        blackout.HasIndex(b => new { b.TenantId, b.StartsAt });
        blackout.Property(b => b.Reason).HasMaxLength(200);
        blackout.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.Cascade);
        blackout
            .HasOne<Provider>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BusyIntervalConfiguration : IEntityTypeConfiguration<BusyInterval>
{
    public void Configure(EntityTypeBuilder<BusyInterval> busy)
    {
        busy.ToTable("busy_intervals", t => t.HasCheckConstraint("ck_busy_intervals_span", "ends_at > starts_at"));
        busy.HasKey(b => new { b.TenantId, b.Id });
        busy.HasIndex(b => new
        {
            b.TenantId,
            b.ProviderId,
            b.StartsAt,
        });
        busy.HasIndex(b => new
            {
                b.TenantId,
                b.ProviderId,
                b.Source,
                b.ExternalId,
            })
            .IsUnique()
            .HasFilter("external_id IS NOT NULL AND connection_id IS NULL");
        // A synced event is one row per connection and calendar (two accounts may share an event id).
        busy.HasIndex(b => new { b.TenantId, b.ConnectionId, b.CalendarId, b.ExternalId })
            .IsUnique()
            .HasFilter("connection_id IS NOT NULL")
            .HasDatabaseName("ix_busy_intervals_synced");
        busy.Property(b => b.Source).HasMaxLength(40);
        busy.Property(b => b.ExternalId).HasMaxLength(1024);
        busy.Property(b => b.CalendarId).HasMaxLength(1024);
        busy.HasOne<Provider>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
