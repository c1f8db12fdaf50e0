using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;

namespace Platform.Api.Identity;

/// <summary>
/// Platform administrators: the people who run Platform itself (fee plans, the webhook inbox's dead letters,
/// the jobs dashboard), listed by email in <c>Platform:Administrators</c>. A signed-in user is one when their
/// account's email is on that list and confirmed: anyone can sign up with a listed address, only its owner
/// can confirm it. Every administrator check goes through here.
/// </summary>
public sealed class PlatformAdministrators(PlatformDbContext db, IOptions<PlatformOptions> options)
{
    public async Task<bool> IsAsync(Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is not { } id) return false;
        var admins = options.Value.Administrators;
        if (admins.Count == 0) return false;
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Email, u.EmailConfirmed }).SingleOrDefaultAsync(cancellationToken);
        return account is { EmailConfirmed: true, Email: { } email }
            && admins.Contains(email, StringComparer.OrdinalIgnoreCase);
    }
}
