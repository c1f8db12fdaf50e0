using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Api.Features.Bookings.Data;

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
