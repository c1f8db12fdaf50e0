using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class NotificationTemplateKeyInputType : InputObjectGraphType<NotificationTemplateInput>
{
    public NotificationTemplateKeyInputType()
    {
        Name = "NotificationTemplateKeyInput";
        Field(i => i.Message).Description("The message key, e.g. booking_confirmed.");
        Field(i => i.Language).Description("en or de.");
    }
}
