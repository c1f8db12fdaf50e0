using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;
using Platform.Api.Identity;

namespace Platform.Api.Features.Bookings.Data;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> entry)
    {
        entry.ToTable("waitlist_entries", t =>
        {
            t.HasCheckConstraint("ck_waitlist_entries_status", "status IN ('Waiting','Offered','Booked','Lapsed','Left','Closed')");
            t.HasCheckConstraint("ck_waitlist_entries_seats", "seats >= 1");
            t.HasCheckConstraint("ck_waitlist_entries_offer", "status <> 'Offered' OR offered_booking_id IS NOT NULL");
        });
        entry.HasKey(e => new { e.TenantId, e.Id });
        entry.HasAlternateKey(e => e.Id);
        // FIFO: the queue of one occurrence in arrival order.
        entry
            .HasIndex(e => new
            {
                e.TenantId,
                e.OccurrenceId,
                e.CreatedAt,
                e.Id,
            })
            .HasFilter("status = 'Waiting'")
            .HasDatabaseName("ix_waitlist_entries_queue");
        // One place in line per customer and occurrence.
        entry
            .HasIndex(e => new
            {
                e.TenantId,
                e.OccurrenceId,
                e.CustomerUserId,
            })
            .IsUnique()
            .HasFilter("status IN ('Waiting','Offered')");
        entry.HasIndex(e => new { e.TenantId, e.OfferedBookingId }).HasFilter("offered_booking_id IS NOT NULL");
        entry.HasIndex(e => new
        {
            e.TenantId,
            e.CustomerUserId,
            e.CreatedAt,
        });
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.Participants).AsJsonb();
        entry
            .HasOne<GroupOccurrence>()
            .WithMany()
            .HasForeignKey(e => new { e.TenantId, e.OccurrenceId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<User>().WithMany().HasForeignKey(e => e.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
