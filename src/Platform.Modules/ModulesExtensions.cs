using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Modules.Email;
using Platform.Modules.Payments;

namespace Platform.Modules;

public static class ModulesExtensions
{
    /// <summary>Registers the provider modules chosen by configuration.</summary>
    public static IHostApplicationBuilder AddPlatformModules(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(EmailOptions.Section);
        builder.Services.Configure<EmailOptions>(section);
        if (string.Equals(section["Provider"], "Smtp", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else
            builder.Services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();

        builder.Services.Configure<StripeOptions>(builder.Configuration.GetSection(StripeOptions.Section));
        builder.Services.AddHttpClient(nameof(StripePaymentGateway));
        builder.Services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        builder.Services.AddSingleton<StripeWebhooks>();
        return builder;
    }
}
