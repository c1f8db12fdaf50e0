using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class NotificationPreviewPayloadType : ObjectGraphType<NotificationPreviewPayload>
{
    public NotificationPreviewPayloadType()
    {
        Name = "NotificationPreviewPayload";
        Field(p => p.Subject, nullable: true).Description("The rendered subject; null when the template was refused.");
        Field(p => p.Html, nullable: true);
        Field(p => p.Text, nullable: true);
        this.AddUserErrors();
    }
}
