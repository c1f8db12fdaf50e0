namespace Platform.IntegrationTests.Fakes;

/// <summary>One request <see cref="GoogleCalendarFake"/> answered: method, path with query, and the status it gave.</summary>
public sealed record GoogleCalendarFakeRequest(string Method, string Path, int Status);
