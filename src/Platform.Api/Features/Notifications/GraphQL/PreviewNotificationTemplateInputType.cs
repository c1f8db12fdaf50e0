using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class PreviewNotificationTemplateInputType : InputObjectGraphType<NotificationTemplateInput>
{
    public PreviewNotificationTemplateInputType()
    {
        Name = "PreviewNotificationTemplateInput";
        Field(i => i.Message).Description("The message key, e.g. booking_confirmed.");
        Field(i => i.Language).Description("en or de.");
        Field(i => i.Subject, nullable: true).Description("Default: the effective subject.");
        Field(i => i.Html, nullable: true).Description("Default: the effective HTML part.");
        Field(i => i.Text, nullable: true).Description("Default: the effective plain-text part.");
    }
}
