using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Payments;

internal sealed class PaymentAccountConfiguration : IEntityTypeConfiguration<PaymentAccount>
{
    public void Configure(EntityTypeBuilder<PaymentAccount> account)
    {
        account.ToTable("payment_accounts", t =>
            t.HasCheckConstraint("ck_payment_accounts_fee", "fee_basis_points BETWEEN 0 AND 5000 AND fee_fixed_amount >= 0")
        );
        account.HasKey(a => a.TenantId);
        account.HasIndex(a => a.StripeAccountId).IsUnique();
        account.Property(a => a.StripeAccountId).HasMaxLength(64);
        account.HasOne<Platform.Tenancy.Tenant>().WithOne().HasForeignKey<PaymentAccount>(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_subject", "(booking_id IS NULL) <> (cart_id IS NULL)");
            t.HasCheckConstraint(
                "ck_payments_amounts",
                "amount > 0 AND application_fee >= 0 AND application_fee <= amount AND decision_amount >= 0 AND decision_amount <= amount"
            );
        });
        payment.HasKey(p => new { p.TenantId, p.Id });
        payment.HasAlternateKey(p => p.Id);
        payment.HasIndex(p => p.PaymentIntentId).IsUnique();
        payment.HasIndex(p => p.CheckoutSessionId).IsUnique();
        payment
            .HasIndex(p => new
            {
                p.TenantId,
                p.BookingId,
                p.Attempt,
            })
            .IsUnique()
            .HasFilter("booking_id IS NOT NULL");
        payment
            .HasIndex(p => new
            {
                p.TenantId,
                p.CartId,
                p.Attempt,
            })
            .IsUnique()
            .HasFilter("cart_id IS NOT NULL");
        // Reconciliation reads the unresolved ones by age.
        payment
            .HasIndex(p => new { p.TenantId, p.UpdatedAt })
            .HasFilter("status NOT IN ('Succeeded','Canceled') OR (decision <> 'None' AND captured_at IS NULL AND status <> 'Canceled')")
            .HasDatabaseName("ix_payments_unresolved");
        payment.HasIndex(p => new { p.TenantId, p.CapturedAt });
        payment.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        payment.Property(p => p.Decision).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        payment.Property(p => p.PaymentIntentId).HasMaxLength(64);
        payment.Property(p => p.CheckoutSessionId).HasMaxLength(80);
        payment.Property(p => p.CheckoutUrl).HasMaxLength(2048);
        payment.Property(p => p.DestinationAccountId).HasMaxLength(64);
        payment.Property(p => p.FailureCode).HasMaxLength(80);
        payment.Property(p => p.Flag).HasMaxLength(500);
        payment.Property(p => p.PaymentMethodType).HasMaxLength(40);
        payment.Property(p => p.CancellationReason).HasMaxLength(40);
        payment.Property(p => p.TransferId).HasMaxLength(64);
        payment
            .HasOne<Booking>()
            .WithMany()
            .HasForeignKey(p => new { p.TenantId, p.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id })
            .OnDelete(DeleteBehavior.Restrict);
        payment
            .HasOne<Cart>()
            .WithMany()
            .HasForeignKey(p => new { p.TenantId, p.CartId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> refund)
    {
        refund.ToTable("payment_refunds", t => t.HasCheckConstraint("ck_payment_refunds_amount", "amount > 0"));
        refund.HasKey(r => new { r.TenantId, r.Id });
        refund.HasAlternateKey(r => r.Id);
        refund
            .HasIndex(r => new
            {
                r.TenantId,
                r.BookingId,
                r.Sequence,
            })
            .IsUnique();
        // Not unique: a refund made outside Platform for a cart is shared over its bookings, one row each.
        refund.HasIndex(r => r.StripeRefundId);
        refund.HasIndex(r => new { r.TenantId, r.PaymentId });
        refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        refund.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        refund.Property(r => r.StripeRefundId).HasMaxLength(64);
        refund.Property(r => r.FailureReason).HasMaxLength(200);
        refund.Property(r => r.Reason).HasMaxLength(300);
        // Reconciliation retries the refunds still owed (requested or pending) by age.
        refund
            .HasIndex(r => new { r.TenantId, r.UpdatedAt })
            .HasFilter("status IN ('Requested','Pending')")
            .HasDatabaseName("ix_payment_refunds_unresolved");
        refund
            .HasOne<Payment>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.PaymentId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Restrict);
        refund
            .HasOne<Booking>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.BookingId })
            .HasPrincipalKey(b => new { b.TenantId, b.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentDisputeConfiguration : IEntityTypeConfiguration<PaymentDispute>
{
    public void Configure(EntityTypeBuilder<PaymentDispute> dispute)
    {
        dispute.ToTable("payment_disputes");
        dispute.HasKey(d => new { d.TenantId, d.Id });
        dispute.HasIndex(d => d.StripeDisputeId).IsUnique();
        dispute.HasIndex(d => new { d.TenantId, d.PaymentId });
        dispute.Property(d => d.StripeDisputeId).HasMaxLength(64);
        dispute.Property(d => d.Status).HasMaxLength(40);
        dispute.Property(d => d.Reason).HasMaxLength(80);
        dispute.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        dispute.Property(d => d.ReversalId).HasMaxLength(64);
        dispute
            .HasOne<Payment>()
            .WithMany()
            .HasForeignKey(d => new { d.TenantId, d.PaymentId })
            .HasPrincipalKey(p => new { p.TenantId, p.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PayoutConfiguration : IEntityTypeConfiguration<Payout>
{
    public void Configure(EntityTypeBuilder<Payout> payout)
    {
        payout.ToTable("payouts");
        payout.HasKey(p => new { p.TenantId, p.Id });
        payout.HasIndex(p => p.StripePayoutId).IsUnique();
        payout.HasIndex(p => new
        {
            p.TenantId,
            p.CreatedAt,
            p.Id,
        });
        payout.Property(p => p.StripePayoutId).HasMaxLength(64);
        payout.Property(p => p.Status).HasMaxLength(20);
        payout.Property(p => p.FailureCode).HasMaxLength(80);
        payout.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        payout.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StripeEventRecordConfiguration : IEntityTypeConfiguration<StripeEventRecord>
{
    public void Configure(EntityTypeBuilder<StripeEventRecord> record)
    {
        record.ToTable("stripe_events", PlatformDbContext.PlatformSchema);
        record.HasKey(e => e.EventId);
        record.HasIndex(e => e.ReceivedAt).HasFilter("processed_at IS NULL").HasDatabaseName("ix_stripe_events_unprocessed");
        record.Property(e => e.EventId).HasMaxLength(80);
        record.Property(e => e.Type).HasMaxLength(100);
        record.Property(e => e.Endpoint).HasConversion<string>().HasMaxLength(16);
        record.Property(e => e.AccountId).HasMaxLength(64);
        record.Property(e => e.ObjectId).HasMaxLength(80);
        record.Property(e => e.Payload).HasColumnType("jsonb");
        record.Property(e => e.LastError).HasMaxLength(1000);
        record.Property(e => e.Outcome).HasMaxLength(200);
        // The sweeper's work list: what is neither processed nor given up, by when it is due.
        record
            .HasIndex(e => e.NextAttemptAt)
            .HasFilter("processed_at IS NULL AND dead_at IS NULL")
            .HasDatabaseName("ix_stripe_events_due");
    }
}

internal sealed class StripeObjectRouteConfiguration : IEntityTypeConfiguration<StripeObjectRoute>
{
    public void Configure(EntityTypeBuilder<StripeObjectRoute> route)
    {
        route.ToTable("stripe_objects", PlatformDbContext.PlatformSchema);
        route.HasKey(r => r.ObjectId);
        route.HasIndex(r => r.OrganizationId);
        route.Property(r => r.ObjectId).HasMaxLength(80);
        route.Property(r => r.Kind).HasMaxLength(32);
        route.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
