using System.Text.RegularExpressions;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Domain;

/// <summary>How an organization's emails and pages look and speak: a logo, a colour, a default language.</summary>
public static partial class BrandingRules
{
    /// <summary>The languages messages are written in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de"];

    /// <summary>An absolute https URL (emails load it from the reader's mail client), or empty to remove it.</summary>
    public static UserError? CheckLogoUrl(string logoUrl) =>
        logoUrl.Length == 0
        || (logoUrl.Length <= 2048 && Uri.TryCreate(logoUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && !logoUrl.Any(char.IsControl))
            ? null
            : new UserError("INVALID_LOGO_URL", "The logo must be an https URL of at most 2,048 characters.", "logoUrl");

    public static UserError? CheckBrandColor(string color) =>
        color.Length == 0 || ColorPattern().IsMatch(color)
            ? null
            : new UserError("INVALID_BRAND_COLOR", "The colour must be #rrggbb, e.g. #1a73e8.", "brandColor");

    public static UserError? CheckLanguage(string language, string field) =>
        Languages.Contains(language)
            ? null
            : new UserError("INVALID_LANGUAGE", $"The language must be one of {string.Join(", ", Languages)}.", field);

    [GeneratedRegex("^#[0-9a-fA-F]{6}\\z")]
    private static partial Regex ColorPattern();
}
