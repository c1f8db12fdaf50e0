using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Fakes;

/// <summary>The endpoints, called under the fake's lock once the API key has been checked.</summary>
public sealed partial class DailyFake
{
    private (int, JsonNode) ListRooms(string? limit)
    {
        var size = int.TryParse(limit, out var n) && n > 0 ? Math.Min(n, 100) : 100;
        var data = new JsonArray([.. _rooms.Take(size).Select(ToJson)]);
        return (200, new JsonObject { ["total_count"] = _rooms.Count, ["data"] = data });
    }

    /// <summary>
    /// "A room name can include only the uppercase and lowercase ascii letters, numbers, dash and underscore" and
    /// "cannot exceed 128 characters"; a name in use is a 400 <c>a room named … already exists</c>.
    /// </summary>
    private (int, JsonNode) CreateRoom(JsonObject? body)
    {
        var name = (string?)body?["name"] ?? Guid.NewGuid().ToString("N")[..20];
        if (name.Length > 128 || !RoomName().IsMatch(name))
            return Error(400, "invalid-request-error", "name must only contain letters, numbers, dashes and underscores, at most 128");
        if (Find(name) is not null) return Error(400, "invalid-request-error", $"a room named {name} already exists");
        var privacy = (string?)body?["privacy"] ?? "public";
        if (privacy is not ("public" or "private")) return Error(400, "invalid-request-error", "privacy must be public or private");
        var room = Apply(new Room(Guid.NewGuid().ToString(), name, privacy, $"https://{Domain}.daily.co/{name}", null, null, false),
            body?["properties"] as JsonObject);
        _rooms.Add(room);
        return (200, ToJson(room));
    }

    private (int, JsonNode) GetRoom(string name) => Find(name) is { } room ? (200, ToJson(room)) : NotFound(name);

    /// <summary>Changes privacy and properties given; the others stay.</summary>
    private (int, JsonNode) UpdateRoom(string name, JsonObject? body)
    {
        var index = _rooms.FindIndex(r => r.Name == name);
        if (index < 0) return NotFound(name);
        var room = Apply(_rooms[index], body?["properties"] as JsonObject);
        if ((string?)body?["privacy"] is { } privacy) room = room with { Privacy = privacy };
        _rooms[index] = room;
        return (200, ToJson(room));
    }

    private (int, JsonNode) DeleteRoom(string name)
    {
        var index = _rooms.FindIndex(r => r.Name == name);
        if (index < 0) return NotFound(name);
        _rooms.RemoveAt(index);
        _deleted.Add(name);
        return (200, new JsonObject { ["deleted"] = true, ["name"] = name });
    }

    /// <summary>A token for an existing room (<c>properties.room_name</c>), owner or not, with its own exp.</summary>
    private (int, JsonNode) CreateToken(JsonObject? body)
    {
        var properties = body?["properties"] as JsonObject;
        var roomName = (string?)properties?["room_name"];
        if (roomName is null || Find(roomName) is null)
            return Error(400, "invalid-request-error", $"room_name {roomName} does not name an existing room");
        var token = "fake-dt-" + Guid.NewGuid().ToString("N");
        _tokens[token] = new MeetingToken(token, roomName, (bool?)properties?["is_owner"] ?? false,
            (string?)properties?["user_name"], (long?)properties?["exp"]);
        return (200, new JsonObject { ["token"] = token });
    }

    private static Room Apply(Room room, JsonObject? properties)
    {
        if (properties is null) return room;
        if (properties.ContainsKey("nbf")) room = room with { Nbf = (long?)properties["nbf"] };
        if (properties.ContainsKey("exp")) room = room with { Exp = (long?)properties["exp"] };
        if (properties["eject_at_room_exp"] is { } eject) room = room with { EjectAtRoomExp = eject.GetValue<bool>() };
        return room;
    }

    private Room? Find(string name) => _rooms.Find(r => r.Name == name);

    private static (int, JsonNode) NotFound(string name) => Error(404, "not-found", $"room {name} was not found");

    /// <summary>The room object; <c>config</c> holds only the properties that differ from the defaults, as Daily's does.</summary>
    private static JsonNode ToJson(Room room)
    {
        var config = new JsonObject();
        if (room.Nbf is { } nbf) config["nbf"] = nbf;
        if (room.Exp is { } exp) config["exp"] = exp;
        if (room.EjectAtRoomExp) config["eject_at_room_exp"] = true;
        return new JsonObject
        {
            ["id"] = room.Id,
            ["name"] = room.Name,
            ["api_created"] = true,
            ["privacy"] = room.Privacy,
            ["url"] = room.Url,
            ["config"] = config,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex RoomName();
}
