using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Platform.Tenancy;

namespace Platform.Api.Data;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without the web host. No connection is opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Owner") ?? "Host=localhost;Database=platform";
        var options = DataExtensions.Configure(new DbContextOptionsBuilder<PlatformDbContext>(),
            new NpgsqlDataSourceBuilder(connectionString).Build());
        return new PlatformDbContext((DbContextOptions<PlatformDbContext>)options.Options, new CurrentTenant());
    }
}
