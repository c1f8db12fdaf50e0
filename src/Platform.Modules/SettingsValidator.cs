using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Platform.Modules;

/// <summary>
/// Data-annotation validation (properties, then <see cref="IValidatableObject"/>) whose failures read as
/// the setting's own name, <c>Section:Property …</c>, so the one line the process prints on a bad value
/// says what to fix. Messages written for an attribute may start with <c>{0}</c> (the property name).
/// </summary>
public sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name is not null && name != Options.DefaultName) return ValidateOptionsResult.Skip;
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(Describe));
    }

    private string Describe(ValidationResult result)
    {
        var message = (result.ErrorMessage ?? "is invalid").TrimEnd('.');
        var member = result.MemberNames.FirstOrDefault();
        if (member is null) return $"{section}: {message}";
        var setting = $"{section}:{member}";
        string[] prefixes = [$"The field {member} ", $"The {member} field ", $"{member} "];
        foreach (var prefix in prefixes)
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal)) return $"{setting} {message[prefix.Length..]}";
        }

        return $"{setting}: {message}";
    }
}
