namespace Platform.Api.Data;

public static class DatabaseClock
{
    /// <summary>
    /// Now, at PostgreSQL's precision (microseconds), so a time returned right after a write reads
    /// the same as it does from the row later.
    /// </summary>
    public static DateTimeOffset GetDatabaseNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % 10));
    }
}
