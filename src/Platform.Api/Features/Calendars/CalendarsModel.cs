using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Calendars;

/// <summary>EF mapping for calendar connections, the events bookings were written as, and flagged conflicts.</summary>
internal sealed class CalendarConnectionConfiguration : IEntityTypeConfiguration<CalendarConnection>
{
    public void Configure(EntityTypeBuilder<CalendarConnection> connection)
    {
        connection.ToTable("calendar_connections");
        connection.HasKey(c => new { c.TenantId, c.Id });
        connection.HasAlternateKey(c => c.Id);
        connection.HasIndex(c => new { c.TenantId, c.ProviderId });
        connection.HasIndex(c => new { c.TenantId, c.StateHash }).IsUnique().HasFilter("state_hash IS NOT NULL");
        // The sync queue: only what is synced is indexed.
        connection.HasIndex(c => new { c.TenantId, c.NextSyncAt }).HasFilter("status = 'Active'")
            .HasDatabaseName("ix_calendar_connections_due");
        connection.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        connection.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        connection.Property(c => c.AccountEmail).HasMaxLength(320);
        connection.Property(c => c.ProtectedTokens).HasMaxLength(20_000);
        connection.Property(c => c.ProtectedFeedUrl).HasMaxLength(8_000);
        connection.Property(c => c.StateHash).HasMaxLength(64);
        connection.Property(c => c.ProtectedCodeVerifier).HasMaxLength(2_000);
        connection.Property(c => c.Calendars).HasColumnType("jsonb");
        connection.Property(c => c.SyncState).HasColumnType("jsonb");
        connection.Property(c => c.PushChannels).HasColumnType("jsonb");
        connection.Property(c => c.BookingCalendarId).HasMaxLength(1024);
        connection.Property(c => c.LastError).HasMaxLength(2000);
        connection.HasOne<Provider>().WithMany().HasForeignKey(c => new { c.TenantId, c.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id }).OnDelete(DeleteBehavior.Cascade);
        // A connection's busy times go with it (disconnect frees the time at once).
        connection.HasMany<BusyInterval>().WithOne().HasForeignKey(b => new { b.TenantId, b.ConnectionId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingCalendarEventConfiguration : IEntityTypeConfiguration<BookingCalendarEvent>
{
    public void Configure(EntityTypeBuilder<BookingCalendarEvent> written)
    {
        written.ToTable("booking_calendar_events");
        written.HasKey(e => new { e.TenantId, e.Id });
        written.HasIndex(e => new { e.TenantId, e.BookingId, e.ConnectionId }).IsUnique();
        written.HasIndex(e => new { e.TenantId, e.ConnectionId, e.ExternalEventId });
        written.Property(e => e.CalendarId).HasMaxLength(1024);
        written.Property(e => e.ExternalEventId).HasMaxLength(1024);
        written.HasOne<Booking>().WithMany().HasForeignKey(e => new { e.TenantId, e.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        written.HasOne<CalendarConnection>().WithMany().HasForeignKey(e => new { e.TenantId, e.ConnectionId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarConflictConfiguration : IEntityTypeConfiguration<CalendarConflict>
{
    public void Configure(EntityTypeBuilder<CalendarConflict> conflict)
    {
        conflict.ToTable("calendar_conflicts");
        conflict.HasKey(c => new { c.TenantId, c.Id });
        conflict.HasIndex(c => new { c.TenantId, c.BookingId, c.ConnectionId, c.ExternalId }).IsUnique();
        conflict.Property(c => c.ExternalId).HasMaxLength(2100);
        conflict.HasOne<Booking>().WithMany().HasForeignKey(c => new { c.TenantId, c.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        conflict.HasOne<CalendarConnection>().WithMany().HasForeignKey(c => new { c.TenantId, c.ConnectionId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id }).OnDelete(DeleteBehavior.Cascade);
    }
}
