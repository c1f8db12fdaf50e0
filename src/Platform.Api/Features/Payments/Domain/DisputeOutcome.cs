
namespace Platform.Api.Features.Payments.Domain;

public enum DisputeOutcome
{
    Won,
    Lost,
}
