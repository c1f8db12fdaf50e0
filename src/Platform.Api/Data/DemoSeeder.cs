using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Features.Organizations;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Data;

/// <summary>
/// Seeds a demo organization with one user per role, idempotently, and prints how to sign in.
/// Development data only: the password comes from <c>Seed:DemoPassword</c> (default shown below).
/// </summary>
public sealed class DemoSeeder(
    PlatformDbContext db,
    UserManager<User> users,
    ICurrentTenant currentTenant,
    ClientRegistrar clients,
    DemoCatalogSeeder catalog,
    DemoBookingSeeder bookings,
    IOptions<SeedOptions> seed,
    TimeProvider clock)
{
    public const string Slug = "demo";
    public const string DefaultPassword = "demo-password-1";

    public static readonly (string Email, string Name, StaffRole? Role, string[] CustomerRoles)[] People =
    [
        ("owner@demo.test", "Olivia Owner", StaffRole.Owner, []),
        ("admin@demo.test", "Adam Admin", StaffRole.Admin, []),
        ("provider@demo.test", "Priya Provider", StaffRole.Provider, []),
        ("staff@demo.test", "Sam Staff", StaffRole.Staff, []),
        ("customer@demo.test", "Casey Customer", null, ["member"]),
    ];

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var password = seed.Value.DemoPassword;
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == Slug, cancellationToken);
        if (tenant is null)
        {
            tenant = new Tenant { Id = Guid.CreateVersion7(), Slug = Slug, Name = "Demo Studio", TimeZone = "America/New_York",
                Currency = "USD", CreatedAt = clock.GetUtcNow() };
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(cancellationToken);
        }

        using (currentTenant.Change(tenant))
        {
            if (!await db.CustomerRoles.AnyAsync(r => r.Key == "member", cancellationToken))
            {
                db.CustomerRoles.Add(new CustomerRole { Id = Guid.CreateVersion7(), Key = "member", Name = "Member",
                    Description = "Pays member prices.", CreatedAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
            }

            foreach (var person in People)
            {
                var user = await users.FindByEmailAsync(person.Email);
                if (user is null)
                {
                    user = new User { Id = Guid.CreateVersion7(), UserName = person.Email, Email = person.Email, EmailConfirmed = true,
                        DisplayName = person.Name, CreatedAt = clock.GetUtcNow() };
                    var created = await users.CreateAsync(user, password);
                    if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ",
                        created.Errors.Select(e => e.Description)));
                }

                if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken))
                {
                    db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(), UserId = user.Id, StaffRole = person.Role,
                        CustomerRoles = [.. person.CustomerRoles], CreatedAt = clock.GetUtcNow() });
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            var provider = await users.FindByEmailAsync(People.Single(p => p.Role == StaffRole.Provider).Email);
            await catalog.SeedAsync(provider!.Id, cancellationToken);
            var customer = await users.FindByEmailAsync(People.Single(p => p.Role is null).Email);
            await bookings.SeedAsync(tenant.Id, customer!.Id, cancellationToken);
        }

        var secret = await clients.RegisterIntegrationClientAsync("demo-integration", "Demo integration", tenant.Id,
            nameof(StaffRole.Admin), cancellationToken);
        var people = string.Join(", ", People.Select(p => $"{p.Email} [{p.Role?.ToString().ToUpperInvariant() ?? "CUSTOMER"}]"));
        var tokenRequest = "curl -s localhost:5000/connect/token -d grant_type=password"
            + $" -d client_id={PlatformClients.Development} -d username=owner@demo.test -d password={password} -d scope=api";
        const string bookingsHint = "customer@demo.test has two intro calls (last weekday completed, next weekday confirmed);"
            + " try myBookings, agenda, bookingStats.";
        return $"""
            Demo organization '{tenant.Name}' at /t/{Slug}/graphql (time zone {tenant.TimeZone}, {tenant.Currency}).
            Users (password '{password}'): {people}
            Get a token:  {tokenRequest}
            Catalog: Intro call (free), Private lesson (member price), Pottery workshop (group of 8); try availableSlots and quote.
            Bookings: {bookingsHint}
            Integration client (client credentials, ADMIN in demo): client_id=demo-integration client_secret={secret}
            """;
    }
}
