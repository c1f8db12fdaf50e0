using GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Offerings.Editing;

public sealed class OfferingPayloadType : ObjectGraphType<OfferingPayload>
{
    public OfferingPayloadType()
    {
        Name = "OfferingPayload";
        Field<OfferingType>("offering").Resolve(c => c.Source.Offering);
        this.AddUserErrors();
    }
}
