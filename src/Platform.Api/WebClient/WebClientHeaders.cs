namespace Platform.Api.WebClient;

/// <summary>How long browsers keep the client's files, and what its page may load, frame and be framed by.</summary>
internal static class WebClientHeaders
{
    /// <summary>Vite names these files by their content hash: a changed file is a new address, so keep them for good.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Fixed names (the page, embed.js, the persisted-documents manifest) must be revalidated on every use.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>
    /// Stripe.js (script and its frames: Elements, 3-D Secure) and its API, the GraphQL WebSocket at the same host,
    /// inline styles (React style props), images from anywhere over https (organizations' logos).
    /// </summary>
    public static string ContentSecurityPolicy(HttpContext context, bool embeddable)
    {
        var host = context.Request.Host.Value;
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self' https://js.stripe.com",
            "frame-src 'self' https://js.stripe.com https://hooks.stripe.com",
            $"connect-src 'self' https://api.stripe.com ws://{host} wss://{host}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            // Only the booking page meant for other sites' iframes may be framed by them; the rest could be clickjacked.
            embeddable ? "frame-ancestors *" : "frame-ancestors 'self'");
    }

    public static void SetPageHeaders(HttpContext context, bool embeddable)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = Revalidate;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context, embeddable);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
