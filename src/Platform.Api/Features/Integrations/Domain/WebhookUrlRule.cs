namespace Platform.Api.Features.Integrations.Domain;

/// <summary>
/// What a webhook URL must look like before anything resolves it: absolute https (http only where loopback is
/// allowed, for development), a host, no user name or password, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class WebhookUrlRule
{
    public const int MaxLength = 2048;

    /// <summary>The parsed URL, or why it is refused.</summary>
    public static (Uri? Url, string? Refusal) Check(string? text, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, "Give the URL the webhooks are sent to.");
        if (text.Length > MaxLength) return (null, $"The URL is longer than {MaxLength} characters.");
        if (!WebhookText.IsClean(text)) return (null, "The URL contains control characters or broken Unicode.");
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)) return (null, "The URL is not an absolute URL.");
        if (url.Scheme != Uri.UriSchemeHttps && !(allowLoopback && url.Scheme == Uri.UriSchemeHttp))
            return (null, "The URL must use https.");
        if (string.IsNullOrEmpty(url.Host)) return (null, "The URL has no host.");
        if (!string.IsNullOrEmpty(url.UserInfo)) return (null, "The URL must not carry a user name or password.");
        if (!string.IsNullOrEmpty(url.Fragment)) return (null, "The URL must not have a fragment (#…).");
        return (url, null);
    }
}
