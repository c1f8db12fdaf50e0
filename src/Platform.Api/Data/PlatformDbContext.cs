using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Identity;
using Platform.Tenancy;
using Platform.Tenancy.EntityFramework;

namespace Platform.Api.Data;

/// <summary>
/// One context for the whole schema. Global data (users, OpenIddict, the tenant registry) lives in
/// the <c>identity</c> and <c>platform</c> schemas without a tenant_id; tenant-owned tables live in
/// <c>public</c>, each filtered by the named tenant query filter and by forced row-level security.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ICurrentTenant currentTenant)
    : IdentityUserContext<User, Guid>(options), ITenantDbContext, IDataProtectionKeyContext
{
    public const string IdentitySchema = "identity";
    public const string PlatformSchema = "platform";

    public Guid? CurrentTenantId => currentTenant.Id;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Features.Organizations.Membership> Memberships => Set<Features.Organizations.Membership>();

    public DbSet<Features.Organizations.CustomerRole> CustomerRoles => Set<Features.Organizations.CustomerRole>();

    public DbSet<Features.Organizations.Invitation> Invitations => Set<Features.Organizations.Invitation>();

    public DbSet<Features.Offerings.Offering> Offerings => Set<Features.Offerings.Offering>();

    public DbSet<Features.Offerings.OfferingProvider> OfferingProviders => Set<Features.Offerings.OfferingProvider>();

    public DbSet<Features.Availability.Provider> Providers => Set<Features.Availability.Provider>();

    public DbSet<Features.Availability.AvailabilityRule> AvailabilityRules => Set<Features.Availability.AvailabilityRule>();

    public DbSet<Features.Availability.AvailabilityOverride> AvailabilityOverrides => Set<Features.Availability.AvailabilityOverride>();

    public DbSet<Features.Availability.Blackout> Blackouts => Set<Features.Availability.Blackout>();

    public DbSet<Features.Availability.BusyInterval> BusyIntervals => Set<Features.Availability.BusyInterval>();

    public DbSet<Features.Bookings.Booking> Bookings => Set<Features.Bookings.Booking>();

    public DbSet<Features.Pricing.PriceRule> PriceRules => Set<Features.Pricing.PriceRule>();

    public DbSet<Features.Bookings.BookingEvent> BookingEvents => Set<Features.Bookings.BookingEvent>();

    public DbSet<Features.Bookings.GroupOccurrence> GroupOccurrences => Set<Features.Bookings.GroupOccurrence>();

    public DbSet<Features.Bookings.WaitlistEntry> WaitlistEntries => Set<Features.Bookings.WaitlistEntry>();

    public DbSet<Features.Bookings.BookingSeries> BookingSeries => Set<Features.Bookings.BookingSeries>();

    public DbSet<Features.Bookings.Cart> Carts => Set<Features.Bookings.Cart>();

    public DbSet<Features.Bookings.BookingSettings> BookingSettings => Set<Features.Bookings.BookingSettings>();

    public DbSet<Features.Bookings.IdempotencyRecord> IdempotencyRecords => Set<Features.Bookings.IdempotencyRecord>();

    public DbSet<Features.Bookings.GuestEmailClaim> GuestEmailClaims => Set<Features.Bookings.GuestEmailClaim>();

    public DbSet<Features.Payments.PaymentAccount> PaymentAccounts => Set<Features.Payments.PaymentAccount>();

    public DbSet<Features.Payments.Payment> Payments => Set<Features.Payments.Payment>();

    public DbSet<Features.Payments.PaymentRefund> PaymentRefunds => Set<Features.Payments.PaymentRefund>();

    public DbSet<Features.Payments.PaymentDispute> PaymentDisputes => Set<Features.Payments.PaymentDispute>();

    public DbSet<Features.Payments.Payout> Payouts => Set<Features.Payments.Payout>();

    public DbSet<Features.Payments.StripeEventRecord> StripeEvents => Set<Features.Payments.StripeEventRecord>();

    public DbSet<Features.Payments.StripeObjectRoute> StripeObjects => Set<Features.Payments.StripeObjectRoute>();

    public DbSet<Features.Notifications.OutboxEvent> OutboxEvents => Set<Features.Notifications.OutboxEvent>();

    public DbSet<Features.Notifications.NotificationDelivery> NotificationDeliveries => Set<Features.Notifications.NotificationDelivery>();

    public DbSet<Features.Notifications.NotificationTemplate> NotificationTemplates => Set<Features.Notifications.NotificationTemplate>();

    public DbSet<Features.Notifications.CalendarFeed> CalendarFeeds => Set<Features.Notifications.CalendarFeed>();

    public DbSet<Features.Integrations.WebhookEndpoint> WebhookEndpoints => Set<Features.Integrations.WebhookEndpoint>();

    public DbSet<Features.Integrations.IntegrationClient> IntegrationClients => Set<Features.Integrations.IntegrationClient>();

    public DbSet<Features.Calendars.CalendarConnection> CalendarConnections => Set<Features.Calendars.CalendarConnection>();

    public DbSet<Features.Calendars.BookingCalendarEvent> BookingCalendarEvents => Set<Features.Calendars.BookingCalendarEvent>();

    public DbSet<Features.Calendars.CalendarConflict> CalendarConflicts => Set<Features.Calendars.CalendarConflict>();

    public DbSet<Features.Video.VideoAccount> VideoAccounts => Set<Features.Video.VideoAccount>();

    public DbSet<Features.Video.BookingVideoRoom> BookingVideoRooms => Set<Features.Video.BookingVideoRoom>();

    /// <summary>The Data Protection key ring, shared by every instance (tokens and secrets encrypted by one open on all).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Acts for <paramref name="tenantId"/> until disposed, also inside a transaction that began for another
    /// tenant: <see cref="TenantSettingsInterceptor"/> compares the settings with every statement and sends them again.
    /// </summary>
    /// <remarks>
    /// Deliberately not an async method: an AsyncLocal set inside an async method is lost when it
    /// returns, so the tenant changes here, synchronously, in the caller's context.
    /// </remarks>
    public Task<IAsyncDisposable> EnterTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return Task.FromResult<IAsyncDisposable>(new TenantEntry(currentTenant.Change(tenantId)));
    }

    /// <summary>Before a hand-written <paramref name="command"/> on this context's connection, inside a transaction.</summary>
    public Task ApplyTenantSettingsAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken) =>
        TenantSettingsInterceptor.ApplyAsync(command, currentTenant, cancellationToken);

    private sealed class TenantEntry(IDisposable scope) : IAsyncDisposable
    {
        // Not async, for the same reason: the previous tenant must be restored in the caller's context.
        public ValueTask DisposeAsync()
        {
            scope.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        IdentityModel.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys", PlatformSchema);
        builder.ApplyTenantQueryFilters(this);
    }
}
