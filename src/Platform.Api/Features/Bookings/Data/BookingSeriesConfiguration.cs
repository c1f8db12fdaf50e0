using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;

namespace Platform.Api.Features.Bookings.Data;

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
        series
            .HasOne<Offering>()
            .WithMany()
            .HasForeignKey(s => new { s.TenantId, s.OfferingId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Restrict);
        series
            .HasOne<Provider>()
            .WithMany()
            .HasForeignKey(s => new { s.TenantId, s.ProviderId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
