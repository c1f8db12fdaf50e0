namespace Platform.Api.Features.Offerings;

public enum LocationKind
{
    InPerson,
    Video,
    Phone,
    CustomerChooses,
}
