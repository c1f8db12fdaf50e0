
namespace Platform.Api.Features.Payments.Domain;

/// <summary>What to do with an authorization once every booking it pays for is decided.</summary>
public sealed record CaptureDecision(bool Decided, long Amount, IReadOnlyDictionary<Guid, long> Kept)
{
    public bool Capture => Decided && Amount > 0;

    public bool Release => Decided && Amount == 0;
}
