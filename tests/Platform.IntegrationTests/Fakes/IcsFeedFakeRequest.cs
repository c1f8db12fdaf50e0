namespace Platform.IntegrationTests.Fakes;

/// <summary>One request the ICS fake saw: which feed, the conditional headers it carried, and the status it got.</summary>
public sealed record IcsFeedFakeRequest(string Secret, string? IfNoneMatch, string? IfModifiedSince, int Status, DateTimeOffset At);
