using System.Text.RegularExpressions;
using NodaTime;
using Platform.Api.Features.Offerings.Editing;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Offerings.Domain;

/// <summary>Input rules for offerings: pure, so every limit is unit-tested.</summary>
public static partial class OfferingRules
{
    public const int MaxDurationMinutes = 24 * 60;
    public const int MaxNoticeMinutes = 365 * 24 * 60;
    public const int MaxBookingWindowDays = 730;
    public const int MaxCapacity = 10_000;

    /// <summary>The longest time one booking can block: the longest session plus the longest buffer on each side.</summary>
    public static readonly TimeSpan LongestBlock = TimeSpan.FromMinutes(3 * MaxDurationMinutes);

    /// <summary>Every problem with an offering as it would be saved.</summary>
    public static IReadOnlyList<UserError> Check(Offering offering)
    {
        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(offering.Name) || offering.Name.Length > 200)
            errors.Add(new UserError("INVALID_NAME", "The name must be 1 to 200 characters.", "name"));
        if (offering.Description is { Length: > 4000 })
            errors.Add(new UserError("INVALID_DESCRIPTION", "The description is at most 4,000 characters.", "description"));
        if (
            offering.DurationsMinutes.Count is 0 or > 12
            || offering.DurationsMinutes.Any(d => d is < 5 or > MaxDurationMinutes)
            || offering.DurationsMinutes.Distinct().Count() != offering.DurationsMinutes.Count
        )
            errors.Add(
                new UserError("INVALID_DURATIONS", "Give 1 to 12 different durations, each 5 to 1,440 minutes.", "durationsMinutes")
            );
        if (offering.Format == OfferingFormat.OneToOne && offering.Capacity != 1)
            errors.Add(new UserError("INVALID_CAPACITY", "A one-to-one offering has exactly one seat.", "capacity"));
        if (offering.Capacity is < 1 or > MaxCapacity)
            errors.Add(new UserError("INVALID_CAPACITY", $"Capacity is 1 to {MaxCapacity:N0}.", "capacity"));
        if (offering.BufferBeforeMinutes is < 0 or > MaxDurationMinutes)
            errors.Add(new UserError("INVALID_BUFFER", "A buffer is 0 to 1,440 minutes.", "bufferBeforeMinutes"));
        if (offering.BufferAfterMinutes is < 0 or > MaxDurationMinutes)
            errors.Add(new UserError("INVALID_BUFFER", "A buffer is 0 to 1,440 minutes.", "bufferAfterMinutes"));
        if (offering.MinimumNoticeMinutes is < 0 or > MaxNoticeMinutes)
            errors.Add(new UserError("INVALID_NOTICE", "Minimum notice is 0 minutes to one year.", "minimumNoticeMinutes"));
        if (offering.BookingWindowDays is < 1 or > MaxBookingWindowDays)
            errors.Add(
                new UserError("INVALID_BOOKING_WINDOW", $"The booking window is 1 to {MaxBookingWindowDays} days.", "bookingWindowDays")
            );
        if (offering.SlotIntervalMinutes is < 5 or > MaxDurationMinutes)
            errors.Add(new UserError("INVALID_SLOT_INTERVAL", "The slot interval is 5 to 1,440 minutes.", "slotIntervalMinutes"));
        if (offering.VideoProvider is { } video && !ProviderKeyPattern().IsMatch(video))
            errors.Add(new UserError("INVALID_VIDEO_PROVIDER", "A video provider is a key such as zoom or google_meet.", "videoProvider"));
        if (offering.LocationDetail is { Length: > 500 })
            errors.Add(new UserError("INVALID_LOCATION", "Location details are at most 500 characters.", "locationDetail"));
        foreach (
            var problem in CancellationPolicy.Problems(PolicyOf(offering).Tiers, Duration.FromMinutes(offering.RescheduleCutoffMinutes))
        )
            errors.Add(new UserError("INVALID_CANCELLATION_POLICY", problem, "cancellationPolicy"));
        if (offering.RefundTiers.Count > 10)
            errors.Add(new UserError("INVALID_CANCELLATION_POLICY", "At most 10 refund tiers.", "cancellationPolicy"));
        return errors;
    }

    /// <summary>Applies the given fields of <paramref name="input"/> to <paramref name="offering"/>.</summary>
    public static void Apply(Offering offering, OfferingInput input)
    {
        if (input.Name is not null)
            offering.Name = input.Name.Trim();
        if (input.Description is not null)
            offering.Description = input.Description.Length == 0 ? null : input.Description;
        if (input.Kind is { } kind)
            offering.Kind = kind;
        if (input.Format is { } format)
            offering.Format = format;
        if (input.Capacity is { } capacity)
            offering.Capacity = capacity;
        else if (input.Format == OfferingFormat.OneToOne)
            offering.Capacity = 1;
        if (input.DurationsMinutes is { } durations)
            offering.DurationsMinutes = [.. durations.Order()];
        if (input.BufferBeforeMinutes is { } before)
            offering.BufferBeforeMinutes = before;
        if (input.BufferAfterMinutes is { } after)
            offering.BufferAfterMinutes = after;
        if (input.MinimumNoticeMinutes is { } notice)
            offering.MinimumNoticeMinutes = notice;
        if (input.BookingWindowDays is { } window)
            offering.BookingWindowDays = window;
        if (input.SlotIntervalMinutes is { } interval)
            offering.SlotIntervalMinutes = interval;
        if (input.RequiresConfirmation is { } confirm)
            offering.RequiresConfirmation = confirm;
        if (input.AllowsGuests is { } guests)
            offering.AllowsGuests = guests;
        if (input.LocationKind is { } location)
            offering.LocationKind = location;
        if (input.LocationDetail is not null)
            offering.LocationDetail = input.LocationDetail.Length == 0 ? null : input.LocationDetail;
        if (input.VideoProvider is not null)
            offering.VideoProvider = input.VideoProvider.Length == 0 ? null : input.VideoProvider;
        if (input.CancellationPolicy is { } policy)
        {
            offering.RefundTiers =
            [
                .. policy
                    .Tiers.Select(t => new RefundTierEntry(t.MinimumNoticeMinutes, t.RefundPercent))
                    .OrderByDescending(t => t.MinimumNoticeMinutes),
            ];
            offering.RescheduleCutoffMinutes = policy.RescheduleCutoffMinutes;
        }
    }

    /// <summary>A new offering's defaults: a one-hour one-to-one session, bookable 60 days ahead, 24 h free cancellation.</summary>
    public static Offering NewOffering() =>
        new()
        {
            Kind = OfferingKind.Session,
            Format = OfferingFormat.OneToOne,
            Capacity = 1,
            DurationsMinutes = [60],
            BookingWindowDays = 60,
            SlotIntervalMinutes = 0,
            LocationKind = LocationKind.Video,
            RefundTiers = [new RefundTierEntry(24 * 60, 100)],
            RescheduleCutoffMinutes = 24 * 60,
            Status = OfferingStatus.Active,
        };

    public static CancellationPolicy PolicyOf(Offering offering) =>
        new(
            offering.RefundTiers.Select(t => new RefundTier(Duration.FromMinutes(t.MinimumNoticeMinutes), t.RefundPercent)),
            Duration.FromMinutes(offering.RescheduleCutoffMinutes)
        );

    [GeneratedRegex("^[a-z][a-z0-9_]{1,39}\\z")]
    private static partial Regex ProviderKeyPattern();
}
