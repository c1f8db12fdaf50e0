using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;
using Platform.Api.Features.Offerings;

namespace Platform.Api.Features.Pricing;

internal sealed class PriceRuleConfiguration : IEntityTypeConfiguration<PriceRule>
{
    public void Configure(EntityTypeBuilder<PriceRule> rule)
    {
        rule.ToTable("price_rules", t =>
        {
            t.HasCheckConstraint("ck_price_rules_amounts", "unit_amount >= 0 AND (flat_amount IS NULL OR flat_amount >= 0)");
            t.HasCheckConstraint(
                "ck_price_rules_flat",
                "(flat_amount IS NULL) = (flat_from_seats IS NULL) AND (flat_from_seats IS NULL OR flat_from_seats >= 1)"
            );
            t.HasCheckConstraint("ck_price_rules_currency", "currency ~ '^[A-Z]{3}$'");
        });
        rule.HasKey(r => new { r.TenantId, r.Id });
        rule.HasAlternateKey(r => r.Id);
        rule.HasIndex(r => new
            {
                r.TenantId,
                r.OfferingId,
                r.RoleKey,
            })
            .IsUnique();
        rule.Property(r => r.RoleKey).HasMaxLength(40);
        rule.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        rule.Property(r => r.Tiers).AsJsonb();
        rule.HasOne<Offering>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.OfferingId })
            .HasPrincipalKey(o => new { o.TenantId, o.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
