using Npgsql;

namespace Platform.Benchmarks.Notifications;

/// <summary>
/// Matches what the receivers got with the deliveries that sent it (an email's Message-ID names its delivery, a
/// webhook's Platform-Webhook-Id is its body's id) and the time of the booking event that caused it.
/// </summary>
public static class NotificationLags
{
    public sealed record Result(List<double> Emails, List<double> Webhooks, int Duplicates, int Unmatched);

    public static async Task<Result> MeasureAsync(
        TestDatabase database, Guid tenantId, SmtpSink sink, WebhookReceiver receiver, DateTimeOffset steadyFrom,
        CancellationToken cancellationToken)
    {
        var emailEvents = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var webhookEvents = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using (var connection = await database.OpenAsTenantAsync(tenantId, cancellationToken))
        await using (var command = new NpgsqlCommand("""
            SELECT d.channel, d.id, d.payload::jsonb ->> 'id', o.occurred_at
            FROM notification_deliveries d JOIN outbox_events o ON o.id = d.outbox_event_id
            WHERE d.state = 'Sent'
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetString(0) == "Email") emailEvents[$"<{reader.GetGuid(1)}@platform>"] = reader.GetFieldValue<DateTimeOffset>(3);
                else if (!reader.IsDBNull(2)) webhookEvents[reader.GetString(2)] = reader.GetFieldValue<DateTimeOffset>(3);
            }
        }

        var (emails, emailDuplicates, emailUnmatched) = Lags(
            // Outbox emails only: account emails (sign-up confirmations of the fixture's people) are sent directly.
            sink.Received.Where(r => r.MessageId.EndsWith("@platform>", StringComparison.Ordinal)), emailEvents, steadyFrom);
        var (webhooks, webhookDuplicates, webhookUnmatched) = Lags(
            receiver.Received.Where(r => r.WebhookId.StartsWith("evt_", StringComparison.Ordinal)), webhookEvents, steadyFrom);
        return new Result(emails, webhooks, emailDuplicates + webhookDuplicates, emailUnmatched + webhookUnmatched);
    }

    /// <summary>
    /// Lag in ms of each message whose event happened from <paramref name="steadyFrom"/> on (the backlog waited for its
    /// deliverer on purpose); duplicates and messages matching no delivery are counted over all.
    /// </summary>
    private static (List<double> Lags, int Duplicates, int Unmatched) Lags(
        IEnumerable<(DateTimeOffset At, string Id)> received, Dictionary<string, DateTimeOffset> events, DateTimeOffset steadyFrom)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lags = new List<double>();
        var (duplicates, unmatched) = (0, 0);
        foreach (var (at, id) in received)
        {
            if (!seen.Add(id)) duplicates++;
            else if (!events.TryGetValue(id, out var occurred)) unmatched++;
            else if (occurred >= steadyFrom) lags.Add((at - occurred).TotalMilliseconds);
        }

        return (lags, duplicates, unmatched);
    }
}
