namespace Platform.Api.Features.Offerings;

public enum OfferingStatus
{
    Active,
    Archived,
}
