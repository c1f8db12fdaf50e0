using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;

namespace Platform.Api.Features.Bookings;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings", t =>
        {
            t.HasCheckConstraint("ck_bookings_status", "status IN ('Held','AwaitingHost','Confirmed','Completed','NoShow','Cancelled','Declined','Expired')");
            t.HasCheckConstraint("ck_bookings_span", "blocked_from <= starts_at AND starts_at < ends_at AND ends_at <= blocked_until");
            t.HasCheckConstraint("ck_bookings_seats", "seats >= 1");
            t.HasCheckConstraint("ck_bookings_hold", "status <> 'Held' OR hold_expires_at IS NOT NULL");
            t.HasCheckConstraint("ck_bookings_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
        });
        booking.HasKey(b => new { b.TenantId, b.Id });
        booking.HasAlternateKey(b => b.Id);
        // Availability reads a provider's occupying bookings by time; this partial index serves that
        // range scan and skips cancelled, declined, expired and finished rows, which pile up.
        booking.HasIndex(b => new { b.TenantId, b.ProviderId, b.BlockedFrom }).HasFilter(BookingOccupancy.ActiveStatusesSql);
        booking.HasIndex(b => new { b.TenantId, b.OfferingId, b.StartsAt });
        booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        booking.Property(b => b.GuestEmail).HasMaxLength(256);
        booking.HasOne<Offering>().WithMany().HasForeignKey(b => new { b.TenantId, b.OfferingId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Provider>().WithMany().HasForeignKey(b => new { b.TenantId, b.ProviderId }).HasPrincipalKey(p => new { p.TenantId, p.Id }).OnDelete(DeleteBehavior.Restrict);
    }
}
