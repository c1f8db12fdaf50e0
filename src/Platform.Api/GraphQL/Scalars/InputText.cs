namespace Platform.Api.GraphQL.Scalars;

/// <summary>Why a piece of text cannot be accepted, or null when it can.</summary>
public static class InputText
{
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return "Text must not contain the NUL character (U+0000).";
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c)) return "Text must not contain an unpaired UTF-16 surrogate.";
        }

        return null;
    }
}
