using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Email.Templates;
using Platform.Api.Features.Notifications.Recipients;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Email.Customizing;

/// <summary>
/// The organization's own wording of its emails: the effective template of a message (override, else default), and
/// the administrators' list, set, reset and preview. A template that does not parse or names a variable the message
/// does not have is refused with TEMPLATE_INVALID and nothing is stored.
/// </summary>
public sealed class NotificationTemplateService(PlatformDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
{
    public const string Invalid = "TEMPLATE_INVALID";

    public async Task<EmailTemplate> EffectiveAsync(string message, string language, CancellationToken cancellationToken)
    {
        var stored = currentTenant.Id is null
            ? null
            : await db.NotificationTemplates.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Message == message && t.Language == language, cancellationToken);
        return stored is null ? DefaultTemplates.For(message, language) : new EmailTemplate(stored.Subject, stored.Html, stored.Text);
    }

    public async Task<IReadOnlyList<NotificationTemplateView>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await db.NotificationTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return [.. from message in NotificationMessages.All
            from language in MessageRecipients.Languages
            let own = stored.SingleOrDefault(t => t.Message == message && t.Language == language)
            let effective = own is null ? DefaultTemplates.For(message, language) : new EmailTemplate(own.Subject, own.Html, own.Text)
            select View(message, language, effective, own is not null)];
    }

    public async Task<NotificationTemplatePayload> SetAsync(NotificationTemplateInput input, CancellationToken cancellationToken)
    {
        if (Unknown(input) is { } unknown) return unknown;
        var parts = new[] { ("subject", input.Subject), ("html", input.Html), ("text", input.Text) };
        foreach (var (part, text) in parts)
        {
            if (string.IsNullOrWhiteSpace(text)) return NotificationTemplatePayload.Fail(Invalid, $"The {part} is empty.", part);
            if (TemplateRenderer.Problem(input.Message, part, text) is { } problem)
                return NotificationTemplatePayload.Fail(Invalid, problem, part);
        }

        var template = new EmailTemplate(input.Subject!, input.Html!, input.Text!);
        if (await RenderProblemAsync(input.Message, template) is { } failed) return NotificationTemplatePayload.Fail(Invalid, failed);
        var row = await db.NotificationTemplates
            .SingleOrDefaultAsync(t => t.Message == input.Message && t.Language == input.Language, cancellationToken);
        if (row is null)
        {
            row = new NotificationTemplate { Id = Guid.CreateVersion7(), Message = input.Message, Language = input.Language };
            db.NotificationTemplates.Add(row);
        }

        row.Subject = template.Subject;
        row.Html = template.Html;
        row.Text = template.Text;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationTemplatePayload(View(input.Message, input.Language, template, true));
    }

    public async Task<NotificationTemplatePayload> ResetAsync(NotificationTemplateInput input, CancellationToken cancellationToken)
    {
        if (Unknown(input) is { } unknown) return unknown;
        await db.NotificationTemplates.Where(t => t.Message == input.Message && t.Language == input.Language)
            .ExecuteDeleteAsync(cancellationToken);
        var fallback = DefaultTemplates.For(input.Message, input.Language);
        return new NotificationTemplatePayload(View(input.Message, input.Language, fallback, false));
    }

    /// <summary>Renders the given parts (the effective template for the rest) with sample data and this organization's brand.</summary>
    public async Task<NotificationPreviewPayload> PreviewAsync(NotificationTemplateInput input, CancellationToken cancellationToken)
    {
        if (Unknown(input) is { UserErrors: var errors }) return new NotificationPreviewPayload(null, null, null) { UserErrors = errors };
        var effective = await EffectiveAsync(input.Message, input.Language, cancellationToken);
        var template = new EmailTemplate(input.Subject ?? effective.Subject, input.Html ?? effective.Html, input.Text ?? effective.Text);
        foreach (var (part, text) in new[] { ("subject", template.Subject), ("html", template.Html), ("text", template.Text) })
        {
            if (TemplateRenderer.Problem(input.Message, part, text) is { } problem)
                return new NotificationPreviewPayload(null, null, null) { UserErrors = [new(Invalid, problem, part)] };
        }

        var rendered = await TemplateRenderer.RenderAsync(template, Sample(input.Message), EmailFormats.Culture(input.Language));
        return new NotificationPreviewPayload(rendered.Subject, rendered.Html, rendered.Text);
    }

    private TemplateModel Sample(string message)
    {
        var sample = TemplateVariables.Sample(message);
        if (currentTenant.Tenant is { } organization)
        {
            sample.Set("organization.name", organization.Name).Set("organization.logoUrl", organization.LogoUrl);
            if (!string.IsNullOrWhiteSpace(organization.BrandColor)) sample.Set("organization.brandColor", organization.BrandColor);
        }

        return sample;
    }

    /// <summary>Renders once with sample data: a template that parses may still fail (a filter's bad argument, too many steps).</summary>
    private static async Task<string?> RenderProblemAsync(string message, EmailTemplate template)
    {
        try
        {
            await TemplateRenderer.RenderAsync(template, TemplateVariables.Sample(message), EmailFormats.Culture("en"));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"The template does not render with sample data: {e.Message}";
        }
    }

    private static NotificationTemplatePayload? Unknown(NotificationTemplateInput input)
    {
        if (!NotificationMessages.All.Contains(input.Message))
            return NotificationTemplatePayload.Fail("UNKNOWN_MESSAGE", $"There is no message {input.Message}.", "message");
        return MessageRecipients.Languages.Contains(input.Language)
            ? null
            : NotificationTemplatePayload.Fail(
                "UNKNOWN_LANGUAGE", $"Templates exist in {string.Join(", ", MessageRecipients.Languages)}.", "language");
    }

    private static NotificationTemplateView View(string message, string language, EmailTemplate template, bool overridden) =>
        new(message, language, template.Subject, template.Html, template.Text, overridden, TemplateVariables.Of(message));
}
