namespace Platform.IntegrationTests.Fakes;

/// <summary>An event as <see cref="GoogleCalendarFake"/> stores it (what the platform wrote, or a test added).</summary>
public sealed record GoogleCalendarFakeEvent(
    string Id,
    string Status,
    string? Summary,
    string? Description,
    string? Location,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool AllDay,
    string? TimeZone,
    string? Recurrence,
    string? Transparency,
    IReadOnlyList<string> AttendeeEmails);
