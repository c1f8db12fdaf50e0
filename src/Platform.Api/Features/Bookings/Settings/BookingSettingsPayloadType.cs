using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Settings;

public sealed class BookingSettingsPayloadType : ObjectGraphType<BookingSettingsPayload>
{
    public BookingSettingsPayloadType()
    {
        Name = "BookingSettingsPayload";
        Field<BookingSettingsType>("settings").Resolve(c => c.Source.Settings);
        this.AddUserErrors();
    }
}
