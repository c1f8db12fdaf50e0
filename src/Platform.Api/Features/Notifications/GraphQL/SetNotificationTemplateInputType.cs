using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class SetNotificationTemplateInputType : InputObjectGraphType<NotificationTemplateInput>
{
    public SetNotificationTemplateInputType()
    {
        Name = "SetNotificationTemplateInput";
        Field(i => i.Message).Description("The message key, e.g. booking_confirmed.");
        Field(i => i.Language).Description("en or de.");
        Field(i => i.Subject, nullable: false);
        Field(i => i.Html, nullable: false);
        Field(i => i.Text, nullable: false);
    }
}
