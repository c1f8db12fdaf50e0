using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Platform.Api.Data;
using Platform.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Identity;

public static class IdentityExtensions
{
    /// <summary>ASP.NET Core Identity for global users, and the OpenIddict server and validation.</summary>
    public static IHostApplicationBuilder AddPlatformIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<PlatformIdentityOptions>(PlatformIdentityOptions.Section);
        var local = UsesDevelopmentCertificates(builder.Environment);
        // Behind an ingress the listening address is internal: tokens and email links need the public one.
        builder.Services.AddValidatedOptions<PlatformOptions>(PlatformOptions.Section)
            .Validate(o => local || !string.IsNullOrEmpty(o.PublicUrl), "Platform:PublicUrl is required outside Development and Testing");
        var allowPasswordGrant = AllowsPasswordGrant(builder.Environment);

        builder.Services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                // No lockout by failed attempts: it let anyone lock the owner out. PasswordSignIn throttles
                // wrong passwords per (client address, account) instead.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                // Only the browser sign-in page that precedes /connect/authorize uses this cookie.
                options.LoginPath = "/account/login";
                options.Cookie.Name = "platform.signin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                // The issuer is the public address (PublicAddress; set below, once the server listens). Left to
                // OpenIddict it would follow each request's PathBase, and a token issued at /connect/token would
                // not validate at /t/{slug}/graphql.
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    // S256 only: a "plain" challenge is the verifier itself, so anyone who sees it can redeem the code.
                    .Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain))
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                if (allowPasswordGrant) server.AllowPasswordFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, PlatformClients.ApiScope);
                // Token lifetimes come from the validated settings (below); the keys must be known here.
                AddKeys(server, builder.Configuration.GetSection(PlatformIdentityOptions.Section), builder.Environment);
                // Access tokens are signed JWTs, not also encrypted: they carry only the subject, scopes and
                // (for integration clients) the organization, and decrypting one cost ~5 ms of CPU on every
                // authenticated request (measured: 8.8 → 4.0 ms median for `{ __typename }`).
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    // TLS terminates at the ingress in production; locally everything is plain HTTP.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        // Options are read at the first request, when PublicAddress knows the port the server listens on.
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<PublicAddress>((options, address) => options.Issuer = address.Base)
            .Configure<IOptions<PlatformIdentityOptions>>((options, identity) =>
            {
                options.AccessTokenLifetime = identity.Value.AccessTokenLifetime;
                options.RefreshTokenLifetime = identity.Value.RefreshTokenLifetime;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddSingleton<Throttle>();
        builder.Services.AddSingleton<AccountLimits>();
        builder.Services.AddSingleton<AccountEmails>();
        builder.Services.AddScoped<AccountTokens>();
        builder.Services.AddScoped<PasswordResets>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.TryAddScoped<PlatformAdministrators>();
        builder.Services.AddScoped<ClientRegistrar>();
        return builder;
    }

    /// <summary>The password grant exists for development and tests only; production uses code + PKCE.</summary>
    public static bool AllowsPasswordGrant(IHostEnvironment environment) => IsLocal(environment);

    /// <summary>
    /// Development certificates (and no required public URL) only on a developer's machine and in tests;
    /// everywhere else keys come from files and the public address from configuration.
    /// </summary>
    public static bool UsesDevelopmentCertificates(IHostEnvironment environment) => IsLocal(environment);

    private static bool IsLocal(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>
    /// The signing and encryption keys. OpenIddict takes its keys while it is being registered, so these four
    /// settings (the certificate paths and their passwords) are the only ones read at registration.
    /// </summary>
    private static void AddKeys(OpenIddictServerBuilder server, IConfigurationSection identity, IHostEnvironment environment)
    {
        var signing = identity[nameof(PlatformIdentityOptions.SigningCertificatePath)];
        var encryption = identity[nameof(PlatformIdentityOptions.EncryptionCertificatePath)];
        if (!string.IsNullOrEmpty(signing) && !string.IsNullOrEmpty(encryption))
        {
            var signingPassword = identity[nameof(PlatformIdentityOptions.SigningCertificatePassword)];
            var encryptionPassword = identity[nameof(PlatformIdentityOptions.EncryptionCertificatePassword)];
            server.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, signingPassword));
            server.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(encryption, encryptionPassword));
            return;
        }

        if (!UsesDevelopmentCertificates(environment))
        {
            throw new InvalidOperationException(
                "Identity:SigningCertificatePath and Identity:EncryptionCertificatePath are required outside Development and Testing.");
        }

        // Development certificates live in the user's X.509 store, so every instance on this machine
        // (tests run two) issues and accepts the same tokens, and tokens survive restarts.
        server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
    }
}
