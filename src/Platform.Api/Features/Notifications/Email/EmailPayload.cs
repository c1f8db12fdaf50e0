using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>
/// What an email delivery carries from planning to sending (<see cref="NotificationDelivery.Payload"/>): the facts as
/// they were when the event happened, so a retry sends the same email even if the booking moved on since. Reminders
/// carry only <see cref="StartsAt"/> and <see cref="Minutes"/> (the reminder planner writes them).
/// </summary>
public sealed record EmailPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? RecipientName { get; init; }

    public string? TimeZone { get; init; }

    /// <summary>The booking's customer (who gets self-service links), not its host or an administrator.</summary>
    public bool? Customer { get; init; }

    /// <summary>The calendar invite: iTIP method (REQUEST, CANCEL) and SEQUENCE.</summary>
    public string? InviteMethod { get; init; }

    public int? InviteSequence { get; init; }

    public long? Amount { get; init; }

    public string? Currency { get; init; }

    public int? Percent { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public DateTimeOffset? PreviousStart { get; init; }

    public DateTimeOffset? StartsAt { get; init; }

    public int? Minutes { get; init; }

    public string? Reason { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>Free-form facts of non-booking messages (a payout's reference, an endpoint's URL…), by template path.</summary>
    public Dictionary<string, string?>? Values { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EmailPayload Parse(string? json) =>
        string.IsNullOrEmpty(json) ? new EmailPayload() : JsonSerializer.Deserialize<EmailPayload>(json, Json) ?? new EmailPayload();
}
