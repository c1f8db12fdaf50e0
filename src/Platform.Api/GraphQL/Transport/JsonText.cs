using System.Text.Json;

namespace Platform.Api.GraphQL.Transport;

/// <summary>
/// JSON may escape a lone UTF-16 surrogate (<c>"\ud800"</c>), which is no text at all: System.Text.Json
/// refuses to decode it only when a string is read, deep inside execution, as a 500. Requests are
/// checked whole, once, so such a string is a 400 before anything runs.
/// </summary>
public static class JsonText
{
    public const string LoneSurrogateMessage =
        "The request contains a string that is not valid Unicode (an unpaired UTF-16 surrogate such as \\ud800).";

    public static bool IsWellFormed(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(element);
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (!IsWellFormed(item)) return false;
                return true;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!NameDecodes(property) || !IsWellFormed(property.Value)) return false;
                }

                return true;
            default:
                return true;
        }
    }

    private static bool Decodes(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool NameDecodes(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
