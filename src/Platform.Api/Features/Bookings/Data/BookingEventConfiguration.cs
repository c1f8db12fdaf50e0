using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Api.Features.Bookings.Data;

internal sealed class BookingEventConfiguration : IEntityTypeConfiguration<BookingEvent>
{
    public void Configure(EntityTypeBuilder<BookingEvent> bookingEvent)
    {
        bookingEvent.ToTable("booking_events");
        bookingEvent.HasKey(e => new { e.TenantId, e.Id });
        bookingEvent.HasIndex(e => new
        {
            e.TenantId,
            e.BookingId,
            e.Sequence,
        });
        bookingEvent.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        bookingEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        bookingEvent.ToTable(t =>
            t.HasCheckConstraint(
                "ck_booking_events_kind",
                "kind IN ('Created','StatusChanged','Rescheduled','CustomerAttached','PaymentChanged')"
            )
        );
        bookingEvent.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.Reason).HasMaxLength(1000);
        bookingEvent.Property(e => e.Details).HasColumnType("jsonb");
        bookingEvent
            .HasOne<Booking>()
            .WithMany()
            .HasForeignKey(e => new { e.TenantId, e.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
