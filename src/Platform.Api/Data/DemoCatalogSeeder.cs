using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Pricing;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Data;

/// <summary>
/// The demo organization's catalog: one provider with weekday hours and three offerings that show
/// the pricing shapes (free, member price, group tiers and flat rate). Runs only when the demo has no offerings.
/// Called by <see cref="DemoSeeder"/> with the demo tenant already current.
/// </summary>
public sealed class DemoCatalogSeeder(PlatformDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(Guid providerUserId, CancellationToken cancellationToken)
    {
        if (await db.Offerings.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var membership = await db.Memberships.SingleAsync(m => m.UserId == providerUserId, cancellationToken);
        var provider = new Provider { Id = Guid.CreateVersion7(), MembershipId = membership.Id, TimeZone = "America/New_York",
            CreatedAt = now };
        db.Providers.Add(provider);
        db.AvailabilityRules.AddRange(Enumerable.Range(1, 5).Select(day =>
            new AvailabilityRule { Id = Guid.CreateVersion7(), ProviderId = provider.Id, DayOfWeek = day, StartMinute = 9 * 60,
                EndMinute = 17 * 60 }));

        var intro = Offering("Intro call", OfferingKind.Session, OfferingFormat.OneToOne, 1, [30], now);
        var lesson = Offering("Private lesson", OfferingKind.Lesson, OfferingFormat.OneToOne, 1, [60, 90], now);
        lesson.BufferAfterMinutes = 15;
        lesson.MinimumNoticeMinutes = 12 * 60;
        lesson.RefundTiers = [new RefundTierEntry(24 * 60, 100), new RefundTierEntry(2 * 60, 50)];
        var workshop = Offering("Pottery workshop", OfferingKind.Workshop, OfferingFormat.Group, 8, [120], now);
        workshop.LocationKind = LocationKind.InPerson;
        workshop.LocationDetail = "Studio 2";
        db.Offerings.AddRange(intro, lesson, workshop);
        db.OfferingProviders.AddRange(new[] { intro, lesson, workshop }
            .Select(o => new OfferingProvider { OfferingId = o.Id, ProviderId = provider.Id }));

        db.PriceRules.AddRange(
            Price(intro, PriceCalculator.PublicRole, 0),
            Price(lesson, PriceCalculator.PublicRole, 6000),
            Price(lesson, "member", 4500),
            Price(workshop, PriceCalculator.PublicRole, 3500, flat: (24000, 8), tiers: [new SeatDiscountTier(4, 10)]));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Offering Offering(string name, OfferingKind kind, OfferingFormat format, int capacity, List<int> durations,
        DateTimeOffset now)
    {
        var offering = OfferingRules.NewOffering();
        offering.Id = Guid.CreateVersion7();
        offering.Name = name;
        offering.Kind = kind;
        offering.Format = format;
        offering.Capacity = capacity;
        offering.DurationsMinutes = durations;
        offering.SlotIntervalMinutes = 30;
        offering.CreatedAt = offering.UpdatedAt = now;
        return offering;
    }

    private static PriceRule Price(Offering offering, string role, long amount, (long Amount, int FromSeats)? flat = null,
        List<SeatDiscountTier>? tiers = null) => new()
    {
        Id = Guid.CreateVersion7(),
        OfferingId = offering.Id,
        RoleKey = role,
        UnitAmount = amount,
        Currency = "USD",
        FlatAmount = flat?.Amount,
        FlatFromSeats = flat?.FromSeats,
        Tiers = tiers ?? [],
    };
}
