using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Api.Identity;

namespace Platform.Api.Features.Notifications;

/// <summary>EF mapping for the outbox, deliveries, template overrides and calendar feeds. Keys lead with tenant_id.</summary>
internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> outbox)
    {
        outbox.ToTable("outbox_events");
        outbox.HasKey(e => new { e.TenantId, e.Id });
        outbox.HasAlternateKey(e => e.Id);
        outbox.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        outbox.Property(e => e.Type).HasMaxLength(40);
        outbox.Property(e => e.Data).HasColumnType("jsonb");
        // The dispatcher's queue: only what waits is indexed.
        outbox.HasIndex(e => new { e.TenantId, e.Sequence }).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_events_pending");
        outbox.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> delivery)
    {
        delivery.ToTable("notification_deliveries", t =>
        {
            t.HasCheckConstraint("ck_notification_deliveries_channel", "channel IN ('Email','Webhook','Calendar','Video')");
            t.HasCheckConstraint("ck_notification_deliveries_state", "state IN ('Pending','Sent','Failed','Cancelled')");
        });
        delivery.HasKey(d => new { d.TenantId, d.Id });
        delivery.HasAlternateKey(d => d.Id);
        delivery.HasIndex(d => new { d.TenantId, d.DedupKey }).IsUnique();
        delivery.HasIndex(d => new { d.TenantId, d.NextAttemptAt }).HasFilter("state = 'Pending'")
            .HasDatabaseName("ix_notification_deliveries_due");
        delivery.HasIndex(d => new { d.TenantId, d.BookingId });
        delivery.HasIndex(d => new { d.TenantId, d.Channel, d.Recipient, d.CreatedAt });
        delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.Recipient).HasMaxLength(320);
        delivery.Property(d => d.Message).HasMaxLength(64);
        delivery.Property(d => d.Language).HasMaxLength(8);
        delivery.Property(d => d.DedupKey).HasMaxLength(200);
        delivery.Property(d => d.LastError).HasMaxLength(2000);
        delivery.HasOne<OutboxEvent>().WithMany().HasForeignKey(d => d.OutboxEventId).HasPrincipalKey(e => e.Id)
            .OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> template)
    {
        template.ToTable("notification_templates");
        template.HasKey(t => new { t.TenantId, t.Id });
        template.HasAlternateKey(t => t.Id);
        template.HasIndex(t => new { t.TenantId, t.Message, t.Language }).IsUnique();
        template.Property(t => t.Message).HasMaxLength(64);
        template.Property(t => t.Language).HasMaxLength(8);
        template.Property(t => t.Subject).HasMaxLength(500);
        template.Property(t => t.Html).HasMaxLength(100_000);
        template.Property(t => t.Text).HasMaxLength(50_000);
        template.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("calendar_feeds");
        feed.HasKey(f => new { f.TenantId, f.Id });
        feed.HasAlternateKey(f => f.Id);
        feed.HasIndex(f => new { f.TenantId, f.TokenHash }).IsUnique();
        feed.HasIndex(f => new { f.TenantId, f.UserId });
        feed.Property(f => f.TokenHash).HasMaxLength(64);
        feed.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        feed.HasOne<Platform.Tenancy.Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
