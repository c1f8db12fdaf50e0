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
    /// </summary>
    public const string ExclusionConstraint = "ex_bookings_provider_time";

    public static readonly string AddExclusionConstraintSql = $"""
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        ALTER TABLE bookings ADD CONSTRAINT {ExclusionConstraint} EXCLUDE USING gist (
            tenant_id WITH =,
            provider_id WITH =,
            tstzrange(blocked_from, blocked_until) WITH &&,
            (COALESCE(occurrence_id, id)) WITH <>
        ) WHERE ({BookingOccupancy.ActiveStatusesSql});
        """;

    public const string DropExclusionConstraintSql = $"ALTER TABLE bookings DROP CONSTRAINT IF EXISTS {ExclusionConstraint};";

    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings", t =>
        {
            t.HasCheckConstraint("ck_bookings_status", "status IN ('Held','AwaitingHost','Confirmed','Completed','NoShow','Cancelled','Declined','Expired')");
            t.HasCheckConstraint("ck_bookings_payment_status", "payment_status IN ('None','RequiresPayment','Authorized','Captured','PartiallyRefunded','Refunded','Failed','Canceled','Disputed')");
            t.HasCheckConstraint("ck_bookings_span", "blocked_from <= starts_at AND starts_at < ends_at AND ends_at <= blocked_until");
            t.HasCheckConstraint("ck_bookings_seats", "seats >= 1");
            t.HasCheckConstraint("ck_bookings_hold", "status <> 'Held' OR hold_expires_at IS NOT NULL");
            t.HasCheckConstraint("ck_bookings_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
            t.HasCheckConstraint("ck_bookings_amounts", "price_amount >= 0 AND unit_amount >= 0 AND (refund_amount IS NULL OR (refund_amount >= 0 AND refund_amount <= price_amount))");
        });
        booking.HasKey(b => new { b.TenantId, b.Id });
        booking.HasAlternateKey(b => b.Id);
        // Availability reads a provider's occupying bookings by time; this partial index serves that
        // range scan and skips cancelled, declined, expired and finished rows, which pile up.
        booking.HasIndex(b => new { b.TenantId, b.ProviderId, b.BlockedFrom }).HasFilter(BookingOccupancy.ActiveStatusesSql);
        booking.HasIndex(b => new { b.TenantId, b.OfferingId, b.StartsAt });
        booking.HasIndex(b => new { b.TenantId, b.StartsAt, b.Id });
        booking.HasIndex(b => new { b.TenantId, b.CustomerUserId, b.StartsAt });
        booking.HasIndex(b => new { b.TenantId, b.OccurrenceId }).HasFilter("occurrence_id IS NOT NULL");
        booking.HasIndex(b => new { b.TenantId, b.CartId }).HasFilter("cart_id IS NOT NULL");
        booking.HasIndex(b => new { b.TenantId, b.SeriesId, b.SeriesIndex }).HasFilter("series_id IS NOT NULL");
        // The expiry sweep finds due holds and silent confirmations without touching anything else.
        booking.HasIndex(b => new { b.TenantId, b.HoldExpiresAt }).HasFilter("status = 'Held'").HasDatabaseName("ix_bookings_due_holds");
        booking.HasIndex(b => new { b.TenantId, b.ConfirmationExpiresAt }).HasFilter("status = 'AwaitingHost'").HasDatabaseName("ix_bookings_due_confirmations");
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
        booking.HasOne<Offering>().WithMany().HasForeignKey(b => new { b.TenantId, b.OfferingId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Provider>().WithMany().HasForeignKey(b => new { b.TenantId, b.ProviderId }).HasPrincipalKey(p => new { p.TenantId, p.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<GroupOccurrence>().WithMany().HasForeignKey(b => new { b.TenantId, b.OccurrenceId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Cart>().WithMany().HasForeignKey(b => new { b.TenantId, b.CartId }).HasPrincipalKey(c => new { c.TenantId, c.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<BookingSeries>().WithMany().HasForeignKey(b => new { b.TenantId, b.SeriesId }).HasPrincipalKey(s => new { s.TenantId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<User>().WithMany().HasForeignKey(b => b.CustomerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BookingEventConfiguration : IEntityTypeConfiguration<BookingEvent>
{
    public void Configure(EntityTypeBuilder<BookingEvent> bookingEvent)
    {
        bookingEvent.ToTable("booking_events");
        bookingEvent.HasKey(e => new { e.TenantId, e.Id });
        bookingEvent.HasIndex(e => new { e.TenantId, e.BookingId, e.Sequence });
        bookingEvent.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        bookingEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        bookingEvent.ToTable(t => t.HasCheckConstraint("ck_booking_events_kind", "kind IN ('Created','StatusChanged','Rescheduled','CustomerAttached','PaymentChanged')"));
        bookingEvent.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        bookingEvent.Property(e => e.Reason).HasMaxLength(1000);
        bookingEvent.Property(e => e.Details).HasColumnType("jsonb");
        bookingEvent.HasOne<Booking>().WithMany().HasForeignKey(e => new { e.TenantId, e.BookingId }).HasPrincipalKey(b => new { b.TenantId, b.Id }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupOccurrenceConfiguration : IEntityTypeConfiguration<GroupOccurrence>
{
    public void Configure(EntityTypeBuilder<GroupOccurrence> occurrence)
    {
        occurrence.ToTable("group_occurrences");
        occurrence.HasKey(o => new { o.TenantId, o.Id });
        occurrence.HasAlternateKey(o => o.Id);
        occurrence.HasIndex(o => new { o.TenantId, o.OfferingId, o.ProviderId, o.StartsAt }).IsUnique();
        occurrence.HasOne<Offering>().WithMany().HasForeignKey(o => new { o.TenantId, o.OfferingId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Restrict);
        occurrence.HasOne<Provider>().WithMany().HasForeignKey(o => new { o.TenantId, o.ProviderId }).HasPrincipalKey(p => new { p.TenantId, p.Id }).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        entry.HasIndex(e => new { e.TenantId, e.OccurrenceId, e.CreatedAt, e.Id }).HasFilter("status = 'Waiting'").HasDatabaseName("ix_waitlist_entries_queue");
        // One place in line per customer and occurrence.
        entry.HasIndex(e => new { e.TenantId, e.OccurrenceId, e.CustomerUserId }).IsUnique().HasFilter("status IN ('Waiting','Offered')");
        entry.HasIndex(e => new { e.TenantId, e.OfferedBookingId }).HasFilter("offered_booking_id IS NOT NULL");
        entry.HasIndex(e => new { e.TenantId, e.CustomerUserId, e.CreatedAt });
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.Participants).AsJsonb();
        entry.HasOne<GroupOccurrence>().WithMany().HasForeignKey(e => new { e.TenantId, e.OccurrenceId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<User>().WithMany().HasForeignKey(e => e.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingSeriesConfiguration : IEntityTypeConfiguration<BookingSeries>
{
    public void Configure(EntityTypeBuilder<BookingSeries> series)
    {
        series.ToTable("booking_series", t =>
        {
            t.HasCheckConstraint("ck_booking_series_frequency", "frequency IN ('Weekly','Biweekly','Monthly')");
            t.HasCheckConstraint("ck_booking_series_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
        });
        series.HasKey(s => new { s.TenantId, s.Id });
        series.HasAlternateKey(s => s.Id);
        series.HasIndex(s => new { s.TenantId, s.CustomerUserId });
        series.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        series.Property(s => s.GuestEmail).HasMaxLength(256);
        series.Property(s => s.TimeZone).HasMaxLength(64);
        series.HasOne<Offering>().WithMany().HasForeignKey(s => new { s.TenantId, s.OfferingId }).HasPrincipalKey(o => new { o.TenantId, o.Id }).OnDelete(DeleteBehavior.Restrict);
        series.HasOne<Provider>().WithMany().HasForeignKey(s => new { s.TenantId, s.ProviderId }).HasPrincipalKey(p => new { p.TenantId, p.Id }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> cart)
    {
        cart.ToTable("carts", t =>
        {
            t.HasCheckConstraint("ck_carts_status", "status IN ('Open','Expired','Abandoned','CheckedOut')");
            t.HasCheckConstraint("ck_carts_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
        });
        cart.HasKey(c => new { c.TenantId, c.Id });
        cart.HasAlternateKey(c => c.Id);
        cart.HasIndex(c => new { c.TenantId, c.ExpiresAt }).HasFilter("status = 'Open'").HasDatabaseName("ix_carts_due");
        cart.HasIndex(c => new { c.TenantId, c.CustomerUserId });
        cart.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        cart.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        cart.Property(c => c.GuestEmail).HasMaxLength(256);
        cart.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingSettingsConfiguration : IEntityTypeConfiguration<BookingSettings>
{
    public void Configure(EntityTypeBuilder<BookingSettings> settings)
    {
        settings.ToTable("booking_settings", t =>
            t.HasCheckConstraint("ck_booking_settings_minutes", "hold_minutes BETWEEN 1 AND 1440 AND confirmation_minutes BETWEEN 5 AND 43200 AND waitlist_offer_minutes BETWEEN 1 AND 1440"));
        settings.HasKey(s => s.TenantId);
        settings.HasOne<Platform.Tenancy.Tenant>().WithOne().HasForeignKey<BookingSettings>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_keys");
        record.HasKey(r => new { r.TenantId, r.Scope, r.Key });
        record.Property(r => r.Scope).HasMaxLength(300);
        record.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        record.Property(r => r.Operation).HasMaxLength(40);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuestEmailClaimConfiguration : IEntityTypeConfiguration<GuestEmailClaim>
{
    public void Configure(EntityTypeBuilder<GuestEmailClaim> claim)
    {
        claim.ToTable("guest_email_claims", PlatformDbContext.PlatformSchema);
        claim.HasKey(c => new { c.Email, c.OrganizationId });
        claim.Property(c => c.Email).HasMaxLength(256);
        claim.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
