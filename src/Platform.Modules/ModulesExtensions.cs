using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Modules.Calendars.Google;
using Platform.Modules.Calendars.Ics;
using Platform.Modules.Calendars.Microsoft;
using Platform.Modules.Email;
using Platform.Modules.Payments;
using Platform.Modules.Video;

namespace Platform.Modules;

public static class ModulesExtensions
{
    /// <summary>Registers the provider modules chosen by configuration.</summary>
    public static IHostApplicationBuilder AddPlatformModules(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<PickupDirectoryEmailSender>();
        builder.Services.AddHttpClient(SendGridEmailSender.HttpClientName);
        builder.Services.AddSingleton<SendGridEmailSender>();
        // The provider is a setting, so it is chosen when the sender is first needed, not while registering.
        builder.Services.AddSingleton<IEmailSender>(services =>
            services.GetRequiredService<IOptions<EmailOptions>>().Value.Provider.ToLowerInvariant() switch
            {
                "smtp" => services.GetRequiredService<SmtpEmailSender>(),
                "sendgrid" => services.GetRequiredService<SendGridEmailSender>(),
                _ => services.GetRequiredService<PickupDirectoryEmailSender>(),
            });

        builder.Services.AddValidatedOptions<StripeOptions>(StripeOptions.Section);
        builder.Services.AddHttpClient(nameof(StripePaymentGateway));
        builder.Services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        builder.Services.AddSingleton<StripeWebhooks>();

        builder.Services.AddTransient<Http.RetryAfterHandler>();
        builder.AddGoogleCalendar();
        builder.AddMicrosoftCalendar();
        builder.AddIcsCalendar();
        builder.AddVideoProviders();
        return builder;
    }
}
