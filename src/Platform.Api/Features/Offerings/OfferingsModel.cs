using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;
using Platform.Api.Features.Availability;

namespace Platform.Api.Features.Offerings;

/// <summary>EF mapping for offerings. Foreign keys include tenant_id, so a row can only point within its own organization.</summary>
internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> offering)
    {
        offering.ToTable("offerings", t =>
        {
            t.HasCheckConstraint("ck_offerings_kind", "kind IN ('Session','Lesson','Workshop','Resource')");
            t.HasCheckConstraint("ck_offerings_format", "format IN ('OneToOne','Group')");
            t.HasCheckConstraint("ck_offerings_status", "status IN ('Active','Archived')");
            t.HasCheckConstraint("ck_offerings_location_kind", "location_kind IN ('InPerson','Video','Phone','CustomerChooses')");
            t.HasCheckConstraint("ck_offerings_capacity", "capacity >= 1 AND (format = 'Group' OR capacity = 1)");
            t.HasCheckConstraint("ck_offerings_durations", "cardinality(durations_minutes) >= 1");
            t.HasCheckConstraint(
                "ck_offerings_minutes",
                "buffer_before_minutes >= 0 AND buffer_after_minutes >= 0 AND minimum_notice_minutes >= 0 AND slot_interval_minutes >= 1 "
                + "AND booking_window_days >= 1 AND reschedule_cutoff_minutes >= 0"
            );
        });
        offering.HasKey(o => new { o.TenantId, o.Id }).HasName("pk_offerings");
        offering.HasAlternateKey(o => o.Id);
        offering.HasIndex(o => new
        {
            o.TenantId,
            o.Status,
            o.Name,
        });
        offering.Property(o => o.Name).HasMaxLength(200);
        offering.Property(o => o.Description).HasMaxLength(4000);
        offering.Property(o => o.LocationDetail).HasMaxLength(500);
        offering.Property(o => o.VideoProvider).HasMaxLength(40);
        offering.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        offering.Property(o => o.Format).HasConversion<string>().HasMaxLength(16);
        offering.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        offering.Property(o => o.LocationKind).HasConversion<string>().HasMaxLength(16);
        offering.Property(o => o.RefundTiers).AsJsonb();
        offering.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferingProviderConfiguration : IEntityTypeConfiguration<OfferingProvider>
{
    public void Configure(EntityTypeBuilder<OfferingProvider> link)
    {
        link.ToTable("offering_providers");
        link.HasKey(l => new
        {
            l.TenantId,
            l.OfferingId,
            l.ProviderId,
        });
        link.HasIndex(l => new { l.TenantId, l.ProviderId });
        link.HasOne<Offering>()
            .WithMany()
            .HasForeignKey(l => new { l.TenantId, l.OfferingId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Provider>()
            .WithMany()
            .HasForeignKey(l => new { l.TenantId, l.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
