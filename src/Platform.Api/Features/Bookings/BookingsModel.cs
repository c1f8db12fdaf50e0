using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Offerings;
using Platform.Api.Identity;

namespace Platform.Api.Features.Bookings;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>
    /// No two occupying bookings of one provider overlap in their buffered spans, unless they share a
    /// group occurrence (whose seats are counted under the occurrence's row lock instead). A hold counts
    /// until it expires; an expired one is closed before a new hold is written (see <see cref="BookingExpiry"/>).
    /// Its SQL is in the Bookings migration; changing it (or <see cref="BookingOccupancy.ActiveStatusesSql"/>,
    /// which it repeats) takes a new migration.
    /// </summary>
    public const string ExclusionConstraint = "ex_bookings_provider_time";

    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings", t =>
        {
            t.HasCheckConstraint(
                "ck_bookings_status",
                "status IN ('Held','AwaitingHost','Confirmed','Completed','NoShow','Cancelled','Declined','Expired')"
            );
            t.HasCheckConstraint(
                "ck_bookings_payment_status",
                "payment_status IN "
                + "('None','RequiresPayment','Authorized','Captured','PartiallyRefunded','Refunded','Failed','Canceled','Disputed')"
            );
            t.HasCheckConstraint("ck_bookings_span", "blocked_from <= starts_at AND starts_at < ends_at AND ends_at <= blocked_until");
            t.HasCheckConstraint("ck_bookings_seats", "seats >= 1");
            t.HasCheckConstraint("ck_bookings_hold", "status <> 'Held' OR hold_expires_at IS NOT NULL");
            t.HasCheckConstraint("ck_bookings_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
            t.HasCheckConstraint(
                "ck_bookings_amounts",
                "price_amount >= 0 AND unit_amount >= 0 AND (refund_amount IS NULL OR (refund_amount >= 0 AND refund_amount <= "
                + "price_amount))"
            );
        });
        booking.HasKey(b => new { b.TenantId, b.Id });
        booking.HasAlternateKey(b => b.Id);
        // Availability reads a provider's occupying bookings by time; this partial index serves that
        // range scan and skips cancelled, declined, expired and finished rows, which pile up.
        booking
            .HasIndex(b => new
            {
                b.TenantId,
                b.ProviderId,
                b.BlockedFrom,
            })
            .HasFilter(BookingOccupancy.ActiveStatusesSql);
        booking.HasIndex(b => new
        {
            b.TenantId,
            b.OfferingId,
            b.StartsAt,
        });
        booking.HasIndex(b => new
        {
            b.TenantId,
            b.StartsAt,
            b.Id,
        });
        booking.HasIndex(b => new
        {
            b.TenantId,
            b.CustomerUserId,
            b.StartsAt,
        });
        booking.HasIndex(b => new { b.TenantId, b.OccurrenceId }).HasFilter("occurrence_id IS NOT NULL");
        booking.HasIndex(b => new { b.TenantId, b.CartId }).HasFilter("cart_id IS NOT NULL");
        booking
            .HasIndex(b => new
            {
                b.TenantId,
                b.SeriesId,
                b.SeriesIndex,
            })
            .HasFilter("series_id IS NOT NULL");
        // The expiry sweep finds due holds and silent confirmations without touching anything else.
        booking.HasIndex(b => new { b.TenantId, b.HoldExpiresAt }).HasFilter("status = 'Held'").HasDatabaseName("ix_bookings_due_holds");
        booking
            .HasIndex(b => new { b.TenantId, b.ConfirmationExpiresAt })
            .HasFilter("status = 'AwaitingHost'")
            .HasDatabaseName("ix_bookings_due_confirmations");
        booking.HasIndex(b => new { b.TenantId, b.GuestEmail }).HasFilter("customer_user_id IS NULL");
        booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        booking.Property(b => b.PaymentStatus).HasConversion<string>().HasMaxLength(20);
        booking.Property(b => b.PriceBasis).HasConversion<string>().HasMaxLength(16);
        booking.HasIndex(b => new { b.TenantId, b.PaymentId }).HasFilter("payment_id IS NOT NULL");
        booking.Property(b => b.PaymentFlag).HasMaxLength(500);
        booking.Property(b => b.GuestEmail).HasMaxLength(256);
        booking.Property(b => b.GuestName).HasMaxLength(200);
        booking.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
        booking.Property(b => b.PriceRole).HasMaxLength(40);
        booking.Property(b => b.Participants).AsJsonb();
        booking.Property(b => b.RefundTiers).AsJsonb();
        booking
            .HasOne<Offering>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.OfferingId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Restrict);
        booking
            .HasOne<Provider>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Restrict);
        booking
            .HasOne<GroupOccurrence>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.OccurrenceId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Restrict);
        booking
            .HasOne<Cart>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.CartId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Restrict);
        booking
            .HasOne<BookingSeries>()
            .WithMany()
            .HasForeignKey(b => new { b.TenantId, b.SeriesId })
            .HasPrincipalKey(s => new { s.TenantId, s.Id })
            .OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<User>().WithMany().HasForeignKey(b => b.CustomerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
