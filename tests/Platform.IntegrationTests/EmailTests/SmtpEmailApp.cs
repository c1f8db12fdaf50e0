using Microsoft.AspNetCore.Hosting;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.EmailTests;

/// <summary>
/// A Platform host of its own (own database, so no other host's dispatcher takes its deliveries) that sends through
/// SMTP to an <see cref="SmtpSink"/>; the sink also fills the mail directory, so account flows work as elsewhere.
/// </summary>
public sealed class SmtpEmailApp : PlatformApp, IAsyncLifetime
{
    public SmtpSink Sink { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync(MailDirectory);
        Set("Jobs:Enabled", "false");
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Provider", "Smtp");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SmtpSecurity", "None");
        builder.UseSetting("Email:From", "Platform <no-reply@platform.test>");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Sink is not null) await Sink.DisposeAsync();
    }
}
