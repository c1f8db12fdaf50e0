using System.Text.Json;

namespace Platform.Api.Features.Video.Rooms;

/// <summary>
/// What a video delivery carries (<c>NotificationDelivery.Payload</c>): the room name drawn at fan-out, so every retry
/// of the delivery asks the service for the same room (the services are idempotent by name).
/// </summary>
public sealed record VideoRoomPayload(string RoomName)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static VideoRoomPayload? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<VideoRoomPayload>(json, Json) is { RoomName.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
