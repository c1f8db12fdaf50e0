using Hangfire;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>Every minute: processes inbox events that are due and unclaimed, whatever lost their job.</summary>
public sealed class SweepStripeInboxJob(StripeInboxService inbox)
{
    public const string RecurringId = "payments:sweep-inbox";

    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var due = await inbox.DueAsync(500, cancellationToken);
        foreach (var eventId in due) await inbox.ScheduleAsync(eventId, cancellationToken);
        return due.Count;
    }
}
