namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>
/// The values one email is rendered with: nested dictionaries of text built from dotted paths. Templates see only
/// these (no entity, no reflection over our types), so what an organization's template can reach is exactly the
/// list in <see cref="TemplateVariables"/>.
/// </summary>
public sealed class TemplateModel
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets <paramref name="path"/> (<c>booking.start</c>); null becomes the empty text.</summary>
    public TemplateModel Set(string path, string? value)
    {
        var parts = path.Split('.');
        var level = Values;
        foreach (var part in parts[..^1])
        {
            if (level.GetValueOrDefault(part) is not Dictionary<string, object?> next)
            {
                next = new Dictionary<string, object?>(StringComparer.Ordinal);
                level[part] = next;
            }

            level = next;
        }

        level[parts[^1]] = value ?? "";
        return this;
    }
}
