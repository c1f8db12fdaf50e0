using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Benchmarks.Slots;

/// <summary>
/// Fills every provider's calendar for the measured days, deterministically (a fixed random seed per
/// provider), with plain SQL as the application role under the organization's tenant (forced RLS
/// applies; COPY FROM is not allowed on RLS tables, so one INSERT … SELECT FROM unnest(arrays) per table).
/// <list type="bullet">
/// <item>Occupying bookings: each 30-minute session of 09:00–17:00 on each measured day is taken with
/// probability <see cref="Occupancy"/>, never overlapping. 85% Confirmed, 10% Held with an unexpired
/// hold, 5% AwaitingHost. A quarter of those whose neighbouring sessions are free belong to
/// "Extended consult" and block 15 minutes either side as well.</item>
/// <item>The rest up to <see cref="BookingsPerProvider"/> do not occupy: Cancelled (55%), Held with an
/// expired hold (30%), Expired (10%), Declined (5%), at random sessions of the same days, so they fall
/// in the queried range and the database must read past them. An expired hold not yet swept still sits
/// in the exclusion constraint, so it lands only on a session nobody else holds; one drawn onto a taken
/// session is written as Expired instead.</item>
/// <item><see cref="BusyPerProvider"/> busy intervals (calendar sync) per provider at random 15-minute
/// marks between 07:00 and 20:45 on the measured days, 15 to 60 minutes long; they may overlap
/// bookings and each other, as synced calendars do.</item>
/// </list>
/// A 09:00–17:00 day has 16 sessions, so at most 16 × days bookings can occupy one provider's range;
/// 2,000 bookings in 30 days is only possible because most of them no longer occupy their slot.
/// </summary>
public static class CalendarSeeder
{
    public const int BookingsPerProvider = 2_000;
    public const int BusyPerProvider = 200;
    public const double Occupancy = 0.6;

    public sealed record Summary(int Providers, int Bookings, int Occupying, int FirstProviderOccupying, int Buffered, int Busy, IReadOnlyDictionary<string, int> ByStatus, TimeSpan Elapsed);

    private sealed class Rows
    {
        public List<Guid> Offering { get; } = [];
        public List<Guid> Provider { get; } = [];
        public List<string> Guest { get; } = [];
        public List<DateTime> Start { get; } = [];
        public List<DateTime> End { get; } = [];
        public List<DateTime> BlockedFrom { get; } = [];
        public List<DateTime> BlockedUntil { get; } = [];
        public List<string> Status { get; } = [];
        public List<DateTime?> HoldExpires { get; } = [];
        public List<Guid> BusyProvider { get; } = [];
        public List<DateTime> BusyStart { get; } = [];
        public List<DateTime> BusyEnd { get; } = [];
        public List<string> BusyExternalId { get; } = [];
    }

    public static async Task<Summary> SeedAsync(TestDatabase database, SlotsFixture fixture, LocalDate firstDay, int days, Instant now, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var zone = DateTimeZoneProviders.Tzdb[SlotsFixture.Zone];
        var dayStart = LocalTime.FromHourMinuteSecondMillisecondTick(9, 0, 0, 0, 0);
        const int sessionsPerDay = 16; // 09:00–17:00 in 30-minute sessions
        var consult = SlotsFixture.OfferingGuid(fixture.OfferingId);
        var extended = SlotsFixture.OfferingGuid(fixture.BufferedOfferingId);
        var session = Duration.FromMinutes(SlotsFixture.SessionMinutes);
        var buffer = Duration.FromMinutes(SlotsFixture.BufferMinutes);

        DateTime Utc(Instant instant) => instant.ToDateTimeUtc();
        Instant At(int day, int minuteOfDay) =>
            firstDay.PlusDays(day).At(LocalTime.Midnight.PlusMinutes(minuteOfDay)).InZoneLeniently(zone).ToInstant();
        Instant Session(int day, int index) => At(day, (dayStart.Hour * 60) + (index * SlotsFixture.SessionMinutes));

        var rows = new Rows();
        var byStatus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int occupying = 0, firstProviderOccupying = 0, buffered = 0;
        void Add(Guid offering, Guid provider, Instant start, Duration before, Duration after, string status, Instant? holdExpires)
        {
            rows.Offering.Add(offering);
            rows.Provider.Add(provider);
            rows.Guest.Add($"guest-{rows.Guest.Count}@example.test");
            rows.Start.Add(Utc(start));
            rows.End.Add(Utc(start + session));
            rows.BlockedFrom.Add(Utc(start - before));
            rows.BlockedUntil.Add(Utc(start + session + after));
            rows.Status.Add(status);
            rows.HoldExpires.Add(holdExpires is { } h ? Utc(h) : null);
            var label = status == "Held" ? (holdExpires > now ? "Held (unexpired)" : "Held (expired)") : status;
            byStatus[label] = byStatus.GetValueOrDefault(label) + 1;
        }

        for (var p = 0; p < fixture.ProviderIds.Count; p++)
        {
            var provider = fixture.ProviderGuid(p);
            var random = new Random(1_000 + p);
            var taken = new bool[days, sessionsPerDay];
            for (var d = 0; d < days; d++)
                for (var k = 0; k < sessionsPerDay; k++)
                    taken[d, k] = random.NextDouble() < Occupancy;

            var occupyingHere = 0;
            // Sessions an occupying booking's span reaches: its own, and its neighbours when buffered.
            var reached = (bool[,])taken.Clone();
            for (var d = 0; d < days; d++)
            {
                for (var k = 0; k < sessionsPerDay; k++)
                {
                    if (!taken[d, k]) continue;
                    var neighboursFree = (k == 0 || !taken[d, k - 1]) && (k == sessionsPerDay - 1 || !taken[d, k + 1]);
                    var withBuffers = neighboursFree && random.NextDouble() < 0.25;
                    var r = random.NextDouble();
                    var (status, hold) = r < 0.85 ? ("Confirmed", (Instant?)null)
                        : r < 0.95 ? ("Held", now + Duration.FromHours(6))
                        : ("AwaitingHost", null);
                    Add(withBuffers ? extended : consult, provider, Session(d, k), withBuffers ? buffer : Duration.Zero, withBuffers ? buffer : Duration.Zero, status, hold);
                    if (withBuffers && k > 0) reached[d, k - 1] = true;
                    if (withBuffers && k < sessionsPerDay - 1) reached[d, k + 1] = true;
                    occupyingHere++;
                    if (withBuffers) buffered++;
                }
            }
            occupying += occupyingHere;
            if (p == 0) firstProviderOccupying = occupyingHere;

            if (occupyingHere > BookingsPerProvider) throw new InvalidOperationException("More occupying bookings than the booking budget.");
            // An expired hold the sweep has not reached still sits in the exclusion constraint, so it can
            // only lie on a session nobody else holds (the booking flow closes it before writing over it).
            var lapsed = new bool[days, sessionsPerDay];
            for (var i = occupyingHere; i < BookingsPerProvider; i++)
            {
                var r = random.NextDouble();
                var (status, hold) = r < 0.55 ? ("Cancelled", (Instant?)null)
                    : r < 0.85 ? ("Held", now - Duration.FromMinutes(random.Next(1, 600)))
                    : r < 0.95 ? ("Expired", null)
                    : ("Declined", null);
                var (d, k) = (random.Next(days), random.Next(sessionsPerDay));
                if (status == "Held" && (reached[d, k] || lapsed[d, k])) (status, hold) = ("Expired", null);
                else if (status == "Held") lapsed[d, k] = true;
                Add(consult, provider, Session(d, k), Duration.Zero, Duration.Zero, status, hold);
            }

            for (var i = 0; i < BusyPerProvider; i++)
            {
                var start = At(random.Next(days), (7 * 60) + (15 * random.Next(56)));
                rows.BusyProvider.Add(provider);
                rows.BusyStart.Add(Utc(start));
                rows.BusyEnd.Add(Utc(start + Duration.FromMinutes(15 * random.Next(1, 5))));
                rows.BusyExternalId.Add($"bench-{p}-{i}");
            }
        }

        await using (var connection = await database.OpenAsTenantAsync(fixture.TenantId, cancellationToken))
        {
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO bookings (id, tenant_id, offering_id, provider_id, guest_email, starts_at, ends_at, blocked_from, blocked_until, seats, status, hold_expires_at, created_at)
                SELECT gen_random_uuid(), current_setting('app.tenant_id')::uuid, o, p, g, s, e, bf, bu, 1, st, h, now()
                FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9) AS t(o, p, g, s, e, bf, bu, st, h)
                """, connection))
            {
                insert.Parameters.Add(Array(rows.Offering, NpgsqlDbType.Uuid));
                insert.Parameters.Add(Array(rows.Provider, NpgsqlDbType.Uuid));
                insert.Parameters.Add(Array(rows.Guest, NpgsqlDbType.Text));
                insert.Parameters.Add(Array(rows.Start, NpgsqlDbType.TimestampTz));
                insert.Parameters.Add(Array(rows.End, NpgsqlDbType.TimestampTz));
                insert.Parameters.Add(Array(rows.BlockedFrom, NpgsqlDbType.TimestampTz));
                insert.Parameters.Add(Array(rows.BlockedUntil, NpgsqlDbType.TimestampTz));
                insert.Parameters.Add(Array(rows.Status, NpgsqlDbType.Text));
                insert.Parameters.Add(Array(rows.HoldExpires, NpgsqlDbType.TimestampTz));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var busy = new NpgsqlCommand("""
                INSERT INTO busy_intervals (id, tenant_id, provider_id, starts_at, ends_at, source, external_id)
                SELECT gen_random_uuid(), current_setting('app.tenant_id')::uuid, p, s, e, 'google', x
                FROM unnest($1, $2, $3, $4) AS t(p, s, e, x)
                """, connection);
            busy.Parameters.Add(Array(rows.BusyProvider, NpgsqlDbType.Uuid));
            busy.Parameters.Add(Array(rows.BusyStart, NpgsqlDbType.TimestampTz));
            busy.Parameters.Add(Array(rows.BusyEnd, NpgsqlDbType.TimestampTz));
            busy.Parameters.Add(Array(rows.BusyExternalId, NpgsqlDbType.Text));
            await busy.ExecuteNonQueryAsync(cancellationToken);
        }

        return new Summary(fixture.ProviderIds.Count, rows.Offering.Count, occupying, firstProviderOccupying, buffered, rows.BusyProvider.Count, byStatus, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    private static NpgsqlParameter Array<T>(List<T> values, NpgsqlDbType type) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };
}
