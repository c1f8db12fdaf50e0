using System.Text.Json;

namespace Platform.Api.Features.Calendars.Domain;

/// <summary>
/// What a connection remembers between syncs: per calendar, the service's incremental sync token; for an ICS feed,
/// the validators of the last answer (ETag, Last-Modified) for a conditional request.
/// </summary>
public sealed record SyncState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Dictionary<string, string> Tokens { get; init; } = [];

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public static SyncState Parse(string? json) =>
        json is null ? new SyncState() : JsonSerializer.Deserialize<SyncState>(json, Json) ?? new SyncState();

    public string Serialize() => JsonSerializer.Serialize(this, Json);
}
