using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Modules;

/// <summary>
/// The one way settings are registered: bound from their section, checked by their data annotations
/// (and any <c>IValidateOptions</c>) when the host starts, so a bad value stops the process before it
/// serves a request instead of failing on first use. Failures name the setting as configured
/// (<c>Stripe:WebhookToleranceSeconds must be between 1 and 86400</c>); see <see cref="SettingsValidator{TOptions}"/>.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(section));
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }
}
