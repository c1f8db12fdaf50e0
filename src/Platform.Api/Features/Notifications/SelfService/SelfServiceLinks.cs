using Microsoft.AspNetCore.DataProtection;
using Platform.Api.Identity;

namespace Platform.Api.Features.Notifications.SelfService;

/// <summary>
/// The signed, expiring links in a customer's emails to cancel or reschedule a booking without signing in (guests
/// too). The token names the organization, the booking and what it may do, protected by ASP.NET data protection
/// (authenticated encryption), valid until a day after the booking's end; nothing is stored.
/// </summary>
public sealed class SelfServiceLinks(IDataProtectionProvider protection, PublicAddress address)
{
    private const string Purpose = "Platform.Notifications.SelfService.v1";

    public string CancelUrl(string tenantSlug, Guid tenantId, Guid bookingId, DateTimeOffset bookingEndsAt) =>
        address.Link($"t/{tenantSlug}/manage/{Token(tenantId, bookingId, bookingEndsAt)}/cancel");

    public string RescheduleUrl(string tenantSlug, Guid tenantId, Guid bookingId, DateTimeOffset bookingEndsAt) =>
        address.Link($"t/{tenantSlug}/manage/{Token(tenantId, bookingId, bookingEndsAt)}/reschedule");

    /// <summary>The booking a token is for, if it is genuine, unexpired and for this organization; else null.</summary>
    public Guid? BookingOf(string token, Guid tenantId)
    {
        try
        {
            var text = Protector().Unprotect(token);
            var parts = text.Split(':');
            return parts.Length == 2 && Guid.TryParse(parts[0], out var tenant) && tenant == tenantId
                && Guid.TryParse(parts[1], out var booking)
                ? booking
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private string Token(Guid tenantId, Guid bookingId, DateTimeOffset bookingEndsAt) =>
        Protector().Protect($"{tenantId:N}:{bookingId:N}", bookingEndsAt.AddDays(1));

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
