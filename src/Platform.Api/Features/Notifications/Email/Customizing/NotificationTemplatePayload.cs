using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.Email.Customizing;

public sealed record NotificationTemplatePayload(NotificationTemplateView? Template) : Payload
{
    public static NotificationTemplatePayload Fail(string code, string message, string? field = null) =>
        new((NotificationTemplateView?)null) { UserErrors = [new UserError(code, message, field)] };
}
