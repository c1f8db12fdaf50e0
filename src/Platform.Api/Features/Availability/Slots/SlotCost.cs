using GraphQL.Validation.Complexity;

namespace Platform.Api.Features.Availability.Slots;

/// <summary>
/// What one <c>availableSlots</c> costs against GraphQL:MaxComplexity: it computes every day of its range
/// for every provider it covers, so its cost is days × providers × <see cref="PerProviderDay"/>. Without
/// providerId the providers are not known before execution; <see cref="AssumedProviders"/> stands in.
/// A month for one provider costs 62, for any provider 310; 200 aliased 62-day searches cost 124,000 and
/// are refused before any of them runs, where they used to buy seconds of CPU.
/// </summary>
public static class SlotCost
{
    public const int PerProviderDay = 2;
    public const int AssumedProviders = 5;

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        var days = Days(context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"));
        var providers = context.GetArgument<string?>("providerId") is null ? AssumedProviders : 1;
        // Children (the slots' fields) count once per search, as for any object field.
        return new FieldComplexityResult(days * providers * PerProviderDay, 1);
    }

    /// <summary>The days searched, within what the search accepts; an invalid range is refused as a user error, cheaply.</summary>
    private static int Days(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t ? Math.Clamp(t.DayNumber - f.DayNumber + 1, 1, SlotService.MaxRangeDays) : 1;
}
