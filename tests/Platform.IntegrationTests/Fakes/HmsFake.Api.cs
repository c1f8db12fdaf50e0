using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Fakes;

/// <summary>The endpoints, called under the fake's lock once the management token has been checked.</summary>
public sealed partial class HmsFake
{
    private (int, JsonNode) ListRooms(string? limit)
    {
        var size = int.TryParse(limit, out var n) && n > 0 ? Math.Min(n, 100) : 10;
        var page = _rooms.Take(size).ToList();
        var data = new JsonArray([.. page.Select(ToJson)]);
        return (200, new JsonObject { ["limit"] = size, ["data"] = data, ["last"] = page.LastOrDefault()?.Id });
    }

    /// <summary>
    /// "If Create room request is triggered with an existing room name, then the corresponding room ID is returned"
    /// (names are case-insensitive; characters a-z, A-Z, 0-9 and <c>. - : _</c>). A template other than the app's is a 400.
    /// </summary>
    private (int, JsonNode) CreateRoom(JsonObject? body)
    {
        var name = (string?)body?["name"] ?? "room-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        if (!RoomName().IsMatch(name)) return Error(400, "Invalid room name");
        var templateId = (string?)body?["template_id"] ?? TemplateId;
        if (templateId != TemplateId) return Error(400, "Template not found");
        if (Find(name) is { } existing) return (200, ToJson(existing));
        var room = new Room(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), name, (string?)body?["description"],
            templateId, Enabled: true, new Dictionary<string, string>());
        _rooms.Add(room);
        return (200, ToJson(room));
    }

    private (int, JsonNode) GetRoom(string id) =>
        _rooms.Find(r => r.Id == id) is { } room ? (200, ToJson(room)) : Error(404, "Room not found");

    /// <summary>Update and enable/disable share the endpoint: <c>enabled</c> and <c>description</c> when given.</summary>
    private (int, JsonNode) UpdateRoom(string id, JsonObject? body)
    {
        var index = _rooms.FindIndex(r => r.Id == id);
        if (index < 0) return Error(404, "Room not found");
        var room = _rooms[index];
        if (body?["enabled"] is { } enabled) room = room with { Enabled = enabled.GetValue<bool>() };
        if (body?["description"] is { } description) room = room with { Description = (string?)description };
        _rooms[index] = room;
        return (200, ToJson(room));
    }

    /// <summary>Codes for every role of the template: existing ones are kept, new roles get one; a disabled room is a 403.</summary>
    private (int, JsonNode) CreateCodes(string id)
    {
        var index = _rooms.FindIndex(r => r.Id == id);
        if (index < 0) return Error(404, "Room not found");
        var room = _rooms[index];
        if (!room.Enabled) return Error(403, "Room is disabled");
        var codes = new Dictionary<string, string>(room.Codes);
        foreach (var role in TemplateRoles) codes.TryAdd(role, NewCode());
        _rooms[index] = room with { Codes = codes };
        var stamp = Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var data = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject
        {
            ["code"] = c.Value,
            ["room_id"] = room.Id,
            ["role"] = c.Key,
            ["enabled"] = true,
            ["created_at"] = stamp,
            ["updated_at"] = stamp,
        })]);
        return (200, new JsonObject { ["data"] = data });
    }

    private Room? Find(string name) => _rooms.Find(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private JsonNode ToJson(Room room) => new JsonObject
    {
        ["id"] = room.Id,
        ["name"] = room.Name,
        ["enabled"] = room.Enabled,
        ["description"] = room.Description,
        ["customer_id"] = "fake-customer",
        ["app_id"] = "fake-app",
        ["recording_info"] = new JsonObject { ["enabled"] = false },
        ["template_id"] = room.TemplateId,
        ["template"] = "fake-template",
        ["region"] = "us",
        ["created_at"] = Now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>100ms room codes are ten letters as <c>abc-defg-hij</c>.</summary>
    private static string NewCode()
    {
        var letters = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        return $"{letters[..3]}-{letters[3..7]}-{letters[7..]}";
    }

    [GeneratedRegex("^[A-Za-z0-9.:_-]+$")]
    private static partial Regex RoomName();
}
