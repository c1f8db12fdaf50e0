using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class NotificationTemplatePayloadType : ObjectGraphType<NotificationTemplatePayload>
{
    public NotificationTemplatePayloadType()
    {
        Name = "NotificationTemplatePayload";
        Field<NotificationTemplateType>("template").Resolve(c => c.Source.Template);
        this.AddUserErrors();
    }
}
