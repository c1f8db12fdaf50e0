using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Video;

/// <summary>EF mapping for organizations' video accounts and bookings' rooms.</summary>
internal sealed class VideoAccountConfiguration : IEntityTypeConfiguration<VideoAccount>
{
    public void Configure(EntityTypeBuilder<VideoAccount> account)
    {
        account.ToTable("video_accounts");
        account.HasKey(a => new { a.TenantId, a.Id });
        account.HasIndex(a => new { a.TenantId, a.Provider }).IsUnique();
        account.HasIndex(a => a.TenantId).IsUnique().HasFilter("is_default").HasDatabaseName("ix_video_accounts_default");
        account.Property(a => a.Provider).HasMaxLength(16);
        account.Property(a => a.ProtectedCredentials).HasMaxLength(8_000);
        account.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingVideoRoomConfiguration : IEntityTypeConfiguration<BookingVideoRoom>
{
    public void Configure(EntityTypeBuilder<BookingVideoRoom> room)
    {
        room.ToTable("booking_video_rooms");
        room.HasKey(r => new { r.TenantId, r.BookingId });
        room.Property(r => r.Provider).HasMaxLength(16);
        room.Property(r => r.RoomId).HasMaxLength(256);
        room.Property(r => r.RoomName).HasMaxLength(128);
        room.Property(r => r.JoinUrl).HasMaxLength(4_000);
        room.Property(r => r.ProtectedHostUrl).HasMaxLength(8_000);
        room.HasOne<Booking>().WithMany().HasForeignKey(r => new { r.TenantId, r.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id }).OnDelete(DeleteBehavior.Cascade);
    }
}
