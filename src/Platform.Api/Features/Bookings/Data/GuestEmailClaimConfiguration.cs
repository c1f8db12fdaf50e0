using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;

namespace Platform.Api.Features.Bookings.Data;

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
