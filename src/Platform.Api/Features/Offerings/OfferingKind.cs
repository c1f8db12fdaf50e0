namespace Platform.Api.Features.Offerings;

public enum OfferingKind
{
    Session,
    Lesson,
    Workshop,
    Resource,
}
