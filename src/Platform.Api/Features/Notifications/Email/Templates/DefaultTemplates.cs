namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>
/// The shipped wording of every message in English and German. The HTML part is the message's body inside one
/// branded frame (the organization's colour, logo or name); overrides replace the whole part.
/// </summary>
public static class DefaultTemplates
{
    public static EmailTemplate For(string message, string language)
    {
        var table = language == "de" ? GermanTemplates.All : EnglishTemplates.All;
        var (subject, body, text) = table.TryGetValue(message, out var found) ? found : EnglishTemplates.All[message];
        return new EmailTemplate(subject, Frame(language == "de" ? "de" : "en", body), text);
    }

    public static bool Exists(string message) => EnglishTemplates.All.ContainsKey(message);

    private static string Frame(string language, string body) => $$$"""
        <!DOCTYPE html>
        <html lang="{{{language}}}"><body style="margin:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
        <div style="max-width:600px;margin:0 auto;background:#ffffff">
        <div style="background:{{ organization.brandColor | default: '#334155' }};padding:16px 24px;color:#ffffff">
        {% if organization.logoUrl != blank %}<img src="{{ organization.logoUrl }}" alt="{{ organization.name }}" height="40">
        {% else %}<strong style="font-size:20px">{{ organization.name }}</strong>{% endif %}
        </div>
        <div style="padding:24px;line-height:1.5">
        {{{body}}}
        </div>
        <div style="padding:16px 24px;font-size:12px;color:#71717a">{{ organization.name }}</div>
        </div></body></html>
        """;
}
