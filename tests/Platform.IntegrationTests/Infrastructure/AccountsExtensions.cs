namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Account steps that only the integration tests' host (<see cref="PlatformApp"/>) is set up for.</summary>
public static class AccountsExtensions
{
    /// <summary>The host's platform administrator (Platform:Administrators), signed up once per run and confirmed.</summary>
    public static async Task<Accounts.Person> PlatformAdministratorAsync(this Accounts accounts)
    {
        var admin = await accounts.SignUpAsync(PlatformApp.PlatformAdministrator);
        await accounts.ConfirmEmailAsync(admin);
        return admin;
    }
}
