using GraphQL.Types;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Field(p => p.Name);
        Field(p => p.Email, nullable: true);
    }
}
