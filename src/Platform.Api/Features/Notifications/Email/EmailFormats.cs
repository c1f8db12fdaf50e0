using System.Globalization;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>How times and amounts read in an email: in the recipient's language and time zone, amounts from minor units.</summary>
public static class EmailFormats
{
    public static CultureInfo Culture(string? language) => CultureInfo.GetCultureInfo(language == "de" ? "de-DE" : "en-GB");

    /// <summary>"Monday, 14 December 2026, 10:00" / "Montag, 14. Dezember 2026, 10:00" in <paramref name="timeZone"/>.</summary>
    public static string Time(DateTimeOffset? instant, string? timeZone, string? language)
    {
        if (instant is not { } at) return "";
        var local = TimeZoneInfo.ConvertTime(at, Zone(timeZone));
        var pattern = language == "de" ? "dddd, d. MMMM yyyy, HH:mm" : "dddd, d MMMM yyyy, HH:mm";
        return local.ToString(pattern, Culture(language));
    }

    /// <summary>"12.50 EUR" / "12,50 EUR": the amount in major units with the currency's decimals.</summary>
    public static string Amount(long? minorUnits, string? currency, string? language)
    {
        if (minorUnits is not { } amount || string.IsNullOrEmpty(currency)) return "";
        var decimals = Currencies.MinorUnits(currency);
        var major = amount / (decimal)Math.Pow(10, decimals);
        return $"{major.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(language))} {currency.ToUpperInvariant()}";
    }

    /// <summary>The zone by IANA id; UTC when it is unknown (an email with a UTC time beats no email).</summary>
    public static TimeZoneInfo Zone(string? timeZone)
    {
        if (string.IsNullOrEmpty(timeZone)) return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
