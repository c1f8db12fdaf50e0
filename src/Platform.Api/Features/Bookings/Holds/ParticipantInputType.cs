using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Holds;

public sealed class ParticipantInputType : InputObjectGraphType<ParticipantInput>
{
    public ParticipantInputType()
    {
        Name = "ParticipantInput";
        Field(p => p.Name);
        Field(p => p.Email, nullable: true);
    }
}
