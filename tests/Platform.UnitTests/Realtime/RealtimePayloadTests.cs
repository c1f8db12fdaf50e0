using Platform.Api.Realtime;

namespace Platform.UnitTests.Realtime;

public sealed class RealtimePayloadTests
{
    private const string Tenant = "5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0001";
    private const string Booking = "5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0002";
    private const string Offering = "5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0003";
    private const string Provider = "5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0004";
    private const string OtherProvider = "5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0005";

    [Fact]
    public void A_booking_payload_reads_its_ids_times_and_where_it_moved_from()
    {
        var json = $$"""
            {"k":"booking","t":"{{Tenant}}","id":"{{Booking}}","o":"{{Offering}}","p":"{{Provider}}","c":null,"s":"Held","ps":"RequiresPayment",
             "st":"2026-12-03T10:00:00+00:00","en":"2026-12-03T11:00:00+00:00","bf":"2026-12-03T09:45:00+00:00","bu":"2026-12-03T11:15:00+00:00",
             "op":"{{OtherProvider}}","ost":"2026-12-02T10:00:00+00:00","oen":"2026-12-02T11:00:00+00:00","obf":"2026-12-02T10:00:00+00:00","obu":"2026-12-02T11:00:00+00:00"}
            """;
        var change = Assert.IsType<BookingChanged>(RealtimePayload.Parse(7, json));
        Assert.Equal(7, change.Sequence);
        Assert.Equal(Guid.Parse(Tenant), change.TenantId);
        Assert.Equal(Guid.Parse(Booking), change.BookingId);
        Assert.Null(change.CustomerUserId);
        Assert.Equal("Held", change.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 45, 0, TimeSpan.Zero), change.Now.BlockedFrom);
        Assert.Equal(Guid.Parse(OtherProvider), change.Before!.ProviderId);
        Assert.Equal(2, change.Touched.Count());
    }

    [Fact]
    public void A_membership_payload_names_its_user()
    {
        var change = Assert.IsType<MembershipChanged>(RealtimePayload.Parse(1, $$"""{"k":"membership","t":"{{Tenant}}","u":"{{Booking}}"}"""));
        Assert.Equal(Guid.Parse(Booking), change.UserId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"k":"booking","t":"not-a-guid"}""")]
    [InlineData("""{"k":"booking","t":"5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0001"}""")]
    [InlineData("""{"k":"unknown","t":"5f0b0d5e-8a43-4d55-9b36-6a1f3c7a0001"}""")]
    public void Anything_else_is_ignored(string payload) => Assert.Null(RealtimePayload.Parse(1, payload));
}
