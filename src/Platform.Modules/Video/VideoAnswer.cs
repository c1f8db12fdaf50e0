using System.Text.Json;

namespace Platform.Modules.Video;

/// <summary>A service's answer: its status, its JSON body (<see cref="JsonValueKind.Undefined"/> when none) and any Retry-After.</summary>
internal sealed record VideoAnswer(int Status, JsonElement Body, TimeSpan? RetryAfter)
{
    public bool Ok => Status is >= 200 and < 300;

    public string? Text(string property) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
