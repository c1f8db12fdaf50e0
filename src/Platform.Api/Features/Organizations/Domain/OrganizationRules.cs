using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Domain;

/// <summary>Input rules for organizations and roles: pure functions, unit-tested.</summary>
public static partial class OrganizationRules
{
    private static readonly Lazy<HashSet<string>> Currencies = new(() =>
        CultureInfo
            .GetCultures(CultureTypes.SpecificCultures)
            .Select(c =>
            {
                try
                {
                    return new RegionInfo(c.Name).ISOCurrencySymbol;
                }
                catch (ArgumentException)
                {
                    return null;
                }
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal)
    );

    public static UserError? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200
            ? new UserError("INVALID_NAME", "The name must be 1 to 200 characters.", "name")
            : null;

    public static UserError? CheckSlug(string? slug) =>
        TenantSlug.IsValid(slug)
            ? null
            : new UserError(
                "INVALID_SLUG",
                "The slug must be 3 to 48 lower-case letters, digits or hyphens, start and end with a letter or digit, and not be "
                + "reserved.",
                "slug"
            );

    /// <summary>IANA ids only (Tzdb), so schedules mean the same thing on every server.</summary>
    public static UserError? CheckTimeZone(string? timeZone) =>
        timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null
            ? null
            : new UserError("INVALID_TIME_ZONE", $"'{timeZone}' is not an IANA time zone such as Europe/London.", "timeZone");

    public static UserError? CheckCurrency(string? currency) =>
        currency is not null && CurrencyPattern().IsMatch(currency) && (Currencies.Value.Count == 0 || Currencies.Value.Contains(currency))
            ? null
            : new UserError("INVALID_CURRENCY", $"'{currency}' is not an ISO 4217 currency code such as USD.", "currency");

    public static UserError? CheckCustomerRoleKey(string? key) =>
        key is not null && RoleKeyPattern().IsMatch(key) && key != CustomerRole.Public
            ? null
            : new UserError(
                "INVALID_ROLE_KEY",
                "A role key is 2 to 40 lower-case letters, digits or underscores, starting with a letter, and not 'public'.",
                "key"
            );

    public static bool IsEmail(string? email) => email is { Length: > 3 and <= 256 } && EmailPattern().IsMatch(email);

    [GeneratedRegex("^[A-Z]{3}\\z")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{1,39}\\z")]
    private static partial Regex RoleKeyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex EmailPattern();
}
