using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;

namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>
/// Parses, checks and renders email templates with Fluid. The model is a <see cref="TemplateModel"/> (dictionaries
/// of text), so no member access strategy over our own types is needed; steps and output are bounded so an
/// organization's template cannot loop or grow without end. HTML parts are HTML-encoded, subject and text are not.
/// </summary>
public static class TemplateRenderer
{
    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(50_000)
        .WithMaxOutputSize(500_000)
        .WithMaxRecursion(10)
        .Build();

    // Defaults and overrides repeat; parsing each once keeps a busy dispatcher cheap. Bounded by the number of texts.
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="text"/> cannot be <paramref name="part"/> of <paramref name="message"/>; null when it can.</summary>
    public static string? Problem(string message, string part, string text)
    {
        if (!Parser.TryParse(text, out var template, out var error)) return $"The {part} does not parse: {error}";
        var names = TemplateNames.Of(template);
        var allowed = TemplateVariables.Of(message);
        var roots = allowed.Select(p => p.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Read
            .Where(name => !names.Made.Contains(name.Split('.')[0]))
            .Where(name => name.Contains('.') ? roots.Contains(name.Split('.')[0]) && !allowed.Contains(name) : !roots.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        return unknown.Count == 0
            ? null
            : $"The {part} names {string.Join(", ", unknown)}, which {message} does not have. It may use: {string.Join(", ", allowed)}.";
    }

    public static async Task<RenderedEmail> RenderAsync(EmailTemplate template, TemplateModel model, CultureInfo culture)
    {
        var subject = await RenderAsync(template.Subject, model, culture, NullEncoder.Default);
        var html = await RenderAsync(template.Html, model, culture, HtmlEncoder.Default);
        var text = await RenderAsync(template.Text, model, culture, NullEncoder.Default);
        // A subject is one line, whatever the template did with whitespace.
        return new RenderedEmail(string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(), html, text);
    }

    private static async Task<string> RenderAsync(string text, TemplateModel model, CultureInfo culture, TextEncoder encoder)
    {
        var template = Parsed.Count < 2_000 ? Parsed.GetOrAdd(text, t => Parser.Parse(t)) : Parser.Parse(text);
        var context = new TemplateContext(model.Values, Options) { CultureInfo = culture };
        return await template.RenderAsync(context, encoder);
    }
}
