using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Api.Features.Bookings.Data;

internal sealed class BookingSettingsConfiguration : IEntityTypeConfiguration<BookingSettings>
{
    public void Configure(EntityTypeBuilder<BookingSettings> settings)
    {
        settings.ToTable("booking_settings", t =>
            t.HasCheckConstraint(
                "ck_booking_settings_minutes",
                "hold_minutes BETWEEN 1 AND 1440 AND confirmation_minutes BETWEEN 5 AND 43200 AND waitlist_offer_minutes BETWEEN 1 AND 1440"
            )
        );
        settings.HasKey(s => s.TenantId);
        settings.Property(s => s.ReminderMinutes).HasDefaultValueSql("'{1440,60}'::integer[]");
        settings
            .HasOne<Platform.Tenancy.Tenant>()
            .WithOne()
            .HasForeignKey<BookingSettings>(s => s.TenantId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
