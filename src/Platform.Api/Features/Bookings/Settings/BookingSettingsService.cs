using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Settings;

/// <summary>
/// An organization's booking timeouts: read with defaults, changed by administrators. Every hold reads
/// them, so they come from <see cref="BookingSettingsCache"/>, which every instance evicts when a change commits.
/// </summary>
public sealed class BookingSettingsService(
    PlatformDbContext db, ICurrentTenant currentTenant, BookingSettingsCache cache, TimeProvider clock)
{
    public Task<BookingSettings> GetAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        // Inside a caller's transaction a read may see its own uncommitted writes, or an old snapshot: it is used,
        // never kept. The cache only ever holds what was read outside a transaction: committed data.
        var keep = db.Database.CurrentTransaction is null;
        return cache.GetOrLoadAsync(tenantId, () => LoadAsync(tenantId, cancellationToken), keep);
    }

    private async Task<BookingSettings> LoadAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.BookingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? BookingSettings.Defaults(tenantId);

    public async Task<BookingSettingsPayload> UpdateAsync(BookingSettingsInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (input.HoldMinutes is < 1 or > 1440)
            errors.Add(new UserError("INVALID_HOLD_MINUTES", "A hold lasts 1 to 1,440 minutes.", "holdMinutes"));
        if (input.ConfirmationMinutes is < 5 or > 43200)
            errors.Add(new UserError("INVALID_CONFIRMATION_MINUTES", "Hosts get 5 minutes to 30 days to confirm.", "confirmationMinutes"));
        if (input.WaitlistOfferMinutes is < 1 or > 1440)
            errors.Add(
                new UserError("INVALID_WAITLIST_OFFER_MINUTES", "A waitlist offer lasts 1 to 1,440 minutes.", "waitlistOfferMinutes")
            );
        if (input.ReminderMinutes is { } reminders && (reminders.Count > 5 || reminders.Any(m => m is < 5 or > 43200)))
            errors.Add(new UserError(
                "INVALID_REMINDER_MINUTES", "Up to 5 reminders, each 5 minutes to 30 days before the start.", "reminderMinutes"));
        if (errors.Count > 0)
            return new BookingSettingsPayload(null) { UserErrors = errors };

        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        var settings = await db.BookingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = BookingSettings.Defaults(tenantId);
            db.BookingSettings.Add(settings);
        }
        if (input.HoldMinutes is { } hold)
            settings.HoldMinutes = hold;
        if (input.ConfirmationMinutes is { } confirmation)
            settings.ConfirmationMinutes = confirmation;
        if (input.WaitlistOfferMinutes is { } offer)
            settings.WaitlistOfferMinutes = offer;
        if (input.ReminderMinutes is { } minutes)
            settings.ReminderMinutes = [.. minutes.Distinct().OrderDescending()];
        settings.UpdatedAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        // The trigger's notification evicts it everywhere; this instance need not wait for it. Inside a caller's
        // transaction nothing is committed yet, and the notification comes only if it commits.
        if (db.Database.CurrentTransaction is null) cache.Forget(tenantId);
        return new BookingSettingsPayload(settings);
    }
}
