using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Notifications.Email.Customizing;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Notifications.GraphQL;

/// <summary>The notifications feature's root fields: the organization's email templates (administrators only).</summary>
public static class NotificationSchema
{
    public static void AddNotificationQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationTemplateType>>>>("notificationTemplates")
            .Description("Every email × language as this organization sends it, with the variables each may use. Administrators only.")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<NotificationTemplateService>().ListAsync(c.CancellationToken));
    }

    public static void AddNotificationMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<NotificationTemplatePayloadType>>("setNotificationTemplate")
            .Description(
                "Replaces an email's wording in one language. Refused (TEMPLATE_INVALID, nothing changes) when a part does not "
                    + "parse as Liquid or names a variable the message does not have.")
            .Argument<NonNullGraphType<SetNotificationTemplateInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<NotificationTemplateService>()
                .SetAsync(c.GetArgument<NotificationTemplateInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<NotificationTemplatePayloadType>>("resetNotificationTemplate")
            .Description("Goes back to the shipped default of an email in one language.")
            .Argument<NonNullGraphType<NotificationTemplateKeyInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<NotificationTemplateService>()
                .ResetAsync(c.GetArgument<NotificationTemplateInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<NotificationPreviewPayloadType>>("previewNotificationTemplate")
            .Description("Renders an email with sample data: the given parts, the effective template for the rest. Stores nothing.")
            .Argument<NonNullGraphType<PreviewNotificationTemplateInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<NotificationTemplateService>()
                .PreviewAsync(c.GetArgument<NotificationTemplateInput>("input"), c.CancellationToken));
    }
}
