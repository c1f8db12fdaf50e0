using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Identity;

/// <summary>
/// Platform administrators: the people who run Platform itself (fee plans, the webhook inbox's dead letters,
/// the jobs dashboard), listed by email in <c>Platform:Administrators</c>. A signed-in user is one when their
/// account's email is on that list.
/// </summary>
public sealed class PlatformAdministrators(PlatformDbContext db, IConfiguration configuration)
{
    public async Task<bool> IsAsync(Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is not { } id) return false;
        var admins = configuration.GetSection("Platform:Administrators").Get<string[]>() ?? [];
        if (admins.Length == 0) return false;
        var email = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is not null && admins.Contains(email, StringComparer.OrdinalIgnoreCase);
    }
}
