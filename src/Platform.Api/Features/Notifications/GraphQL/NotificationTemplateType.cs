using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class NotificationTemplateType : ObjectGraphType<NotificationTemplateView>
{
    public NotificationTemplateType()
    {
        Name = "NotificationTemplate";
        Description = "One email in one language as this organization sends it: its own wording, or the shipped default.";
        Field(t => t.Message).Description("The message key, e.g. booking_confirmed.");
        Field(t => t.Language).Description("en or de.");
        Field(t => t.Subject).Description("Liquid template of the subject.");
        Field(t => t.Html).Description("Liquid template of the HTML part (values are HTML-encoded).");
        Field(t => t.Text).Description("Liquid template of the plain-text part.");
        Field(t => t.Overridden).Description("True when the organization replaced the default.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("variables")
            .Description("The variables the template may use, as dotted paths (booking.start); every value is text.")
            .Resolve(c => c.Source.Variables);
    }
}
