using Microsoft.Extensions.Options;

namespace Platform.Api.Cli;

/// <summary>The failed settings an exception reports: one options class, or several (aggregated at start).</summary>
public static class SettingsFailures
{
    private const string UnconvertiblePrefix = "Failed to convert configuration value ";

    public static IReadOnlyList<string> Of(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)],
        // The binder's own refusal (a word where a number belongs) names the setting too.
        InvalidOperationException { Message: var message } when message.StartsWith(UnconvertiblePrefix, StringComparison.Ordinal) =>
            [message.TrimEnd('.')],
        _ => [],
    };
}
