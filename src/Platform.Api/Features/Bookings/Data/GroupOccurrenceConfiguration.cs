using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;

namespace Platform.Api.Features.Bookings.Data;

internal sealed class GroupOccurrenceConfiguration : IEntityTypeConfiguration<GroupOccurrence>
{
    public void Configure(EntityTypeBuilder<GroupOccurrence> occurrence)
    {
        occurrence.ToTable("group_occurrences");
        occurrence.HasKey(o => new { o.TenantId, o.Id });
        occurrence.HasAlternateKey(o => o.Id);
        occurrence
            .HasIndex(o => new
            {
                o.TenantId,
                o.OfferingId,
                o.ProviderId,
                o.StartsAt,
            })
            .IsUnique();
        occurrence
            .HasOne<Offering>()
            .WithMany()
            .HasForeignKey(o => new { o.TenantId, o.OfferingId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Restrict);
        occurrence
            .HasOne<Provider>()
            .WithMany()
            .HasForeignKey(o => new { o.TenantId, o.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
