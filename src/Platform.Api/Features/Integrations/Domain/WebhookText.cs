namespace Platform.Api.Features.Integrations.Domain;

/// <summary>Text an administrator gives (URL, description): no NUL or other control characters, no lone surrogates.</summary>
public static class WebhookText
{
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
                continue;
            }

            if (char.IsLowSurrogate(c)) return false;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return false;
        }

        return true;
    }
}
