using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Api.Features.Bookings.Data;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_keys");
        record.HasKey(r => new
        {
            r.TenantId,
            r.Scope,
            r.Key,
        });
        record.Property(r => r.Scope).HasMaxLength(300);
        record.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        record.Property(r => r.Operation).HasMaxLength(40);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
