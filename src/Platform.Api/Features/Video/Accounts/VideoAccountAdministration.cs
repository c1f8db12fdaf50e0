using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Video.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Scalars;
using Platform.Modules.Video;
using Platform.Tenancy;

namespace Platform.Api.Features.Video.Accounts;

/// <summary>
/// Administrators' video settings: list (no secrets), set (checked with the service by a test call, stored encrypted;
/// nothing stored when refused), remove. Jitsi works without an account and is the default when no account is.
/// </summary>
public sealed class VideoAccountAdministration(
    PlatformDbContext db, ICurrentTenant currentTenant, VideoServices services, VideoSecrets secrets, TimeProvider clock)
{
    public const int MaxLength = 2_000;

    public async Task<IReadOnlyList<VideoProviderSettings>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.VideoAccounts.AsNoTracking().ToListAsync(cancellationToken);
        var list = accounts.Select(View).OrderBy(s => s.Provider).ToList();
        if (list.All(s => s.Provider != VideoProviderKind.Jitsi))
        {
            var isDefault = !accounts.Any(a => a.IsDefault);
            list.Insert(0, new VideoProviderSettings(VideoProviderKind.Jitsi, isDefault, null, null, null, null, null));
        }

        return list;
    }

    public async Task<SetVideoProviderPayload> SetAsync(SetVideoProviderInput input, CancellationToken cancellationToken)
    {
        var errors = Check(input);
        if (errors.Count > 0) return new SetVideoProviderPayload(null) { UserErrors = errors };
        var credentials = new VideoCredentials(
            Blank(input.ApiKey), Blank(input.AppId), Blank(input.AppSecret), Blank(input.TemplateId), Blank(input.Subdomain),
            Blank(input.ServerUrl));
        var module = services.Module(input.Provider);
        if (module is null) return Refused("VIDEO_PROVIDER_UNAVAILABLE", "This video service is not available on this platform.");
        try
        {
            await module.ValidateAsync(credentials, cancellationToken);
        }
        catch (VideoException e) when (e.Transient)
        {
            return Refused("VIDEO_PROVIDER_UNAVAILABLE", $"The video service could not be reached to check the settings: {e.Message}");
        }
        catch (VideoException e)
        {
            return Refused("VIDEO_CREDENTIALS_REJECTED", $"The video service refused these settings: {e.Message}");
        }

        var key = VideoProviderKinds.Key(input.Provider);
        var now = clock.GetDatabaseNow();
        var accounts = await db.VideoAccounts.ToListAsync(cancellationToken);
        var account = accounts.FirstOrDefault(a => a.Provider == key);
        if (account is null)
        {
            account = new VideoAccount
            {
                Id = Guid.CreateVersion7(),
                TenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved."),
                Provider = key,
            };
            db.VideoAccounts.Add(account);
        }

        account.ProtectedCredentials = secrets.Protect(credentials);
        account.UpdatedAt = now;
        if (input.MakeDefault == true)
        {
            // The filtered unique index allows one default: clear the old one first, in its own statement.
            foreach (var other in accounts.Where(a => a.IsDefault && a.Provider != key)) other.IsDefault = false;
            await db.SaveChangesAsync(cancellationToken);
            account.IsDefault = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SetVideoProviderPayload(View(account));
    }

    public async Task<RemoveVideoProviderPayload> RemoveAsync(RemoveVideoProviderInput input, CancellationToken cancellationToken)
    {
        var key = VideoProviderKinds.Key(input.Provider);
        var removed = await db.VideoAccounts.Where(a => a.Provider == key).ExecuteDeleteAsync(cancellationToken);
        return removed == 0
            ? new RemoveVideoProviderPayload(null)
            {
                UserErrors = [new UserError("NOT_FOUND", "No settings for this video service.", "provider")],
            }
            : new RemoveVideoProviderPayload(input.Provider);
    }

    private VideoProviderSettings View(VideoAccount account)
    {
        var credentials = secrets.Unprotect(account.ProtectedCredentials);
        return new VideoProviderSettings(
            VideoProviderKinds.Parse(account.Provider) ?? VideoProviderKind.Jitsi, account.IsDefault, credentials.Subdomain,
            credentials.TemplateId, credentials.ServerUrl, VideoProviderKinds.Mask(credentials.AppId), account.UpdatedAt);
    }

    private static List<UserError> Check(SetVideoProviderInput input)
    {
        var errors = new List<UserError>();
        foreach (var (field, value) in new[]
                 {
                     ("apiKey", input.ApiKey), ("appId", input.AppId), ("appSecret", input.AppSecret),
                     ("templateId", input.TemplateId), ("subdomain", input.Subdomain), ("serverUrl", input.ServerUrl),
                 })
        {
            if (value is null) continue;
            if (value.Length > MaxLength) errors.Add(new UserError("INVALID_INPUT", $"At most {MaxLength} characters.", field));
            else if (InputText.Problem(value) is { } problem) errors.Add(new UserError("INVALID_INPUT", problem, field));
            else if (value.Any(char.IsControl)) errors.Add(new UserError("INVALID_INPUT", "Control characters are not allowed.", field));
        }

        if (Blank(input.ServerUrl) is { } url && errors.All(e => e.Field != "serverUrl")
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
            errors.Add(new UserError("INVALID_INPUT", "The server URL must be an absolute https URL.", "serverUrl"));
        return errors;
    }

    private static SetVideoProviderPayload Refused(string code, string message) =>
        new(null) { UserErrors = [new UserError(code, message)] };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
