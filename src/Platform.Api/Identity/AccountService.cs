using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

/// <summary>
/// Creates global accounts and proves they own their email. Signing in is OAuth: /connect/token or
/// /connect/authorize. An account may sign in and book as itself at once; what an email address grants
/// (guest bookings made with it, platform administration) waits for <see cref="ConfirmEmailAsync"/>.
/// </summary>
public sealed class AccountService(
    UserManager<User> users,
    AccountTokens tokens,
    AccountEmails emails,
    AccountLimits limits,
    IEnumerable<IEmailConfirmedHandler> handlers,
    IOptions<PlatformIdentityOptions> options,
    TimeProvider clock)
{
    public async Task<SignUpPayload> SignUpAsync(SignUpInput input, CancellationToken cancellationToken = default)
    {
        if (!OrganizationRules.IsEmail(input.Email))
            return new SignUpPayload { UserErrors = [new UserError("INVALID_EMAIL", "That is not an email address.", "email")] };
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            var error = new UserError("INVALID_NAME", "The display name must be 1 to 200 characters.", "displayName");
            return new SignUpPayload { UserErrors = [error] };
        }

        var email = Normalize(input.Email);
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        // The password is judged before the address is looked at, so a weak one is refused alike for both.
        if (await PasswordErrorsAsync(user, input.Password, "password") is { Count: > 0 } weak)
            return new SignUpPayload { UserErrors = weak };

        var result = await users.FindByEmailAsync(email) is null ? await users.CreateAsync(user, input.Password) : null;
        if (result is { Succeeded: true })
        {
            if (limits.TakeUnrequestedEmail(email)) await SendConfirmationAsync(user, cancellationToken);
            return new SignUpPayload();
        }

        if (result is null || result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            // Taken: hash the offered password anyway so both answers take as long, and tell the owner instead.
            users.PasswordHasher.HashPassword(user, input.Password);
            if (limits.TakeUnrequestedEmail(email)) await emails.SendAlreadyRegisteredAsync(email, cancellationToken);
            return new SignUpPayload();
        }

        var errors = result.Errors.Select(e => new UserError("INVALID_INPUT", e.Description)).DistinctBy(e => e.Message);
        return new SignUpPayload { UserErrors = [.. errors] };
    }

    /// <summary>Completes the proof with the token from the emailed link; then runs what waited for it.</summary>
    public async Task<ConfirmEmailPayload> ConfirmEmailAsync(ConfirmEmailInput input, CancellationToken cancellationToken)
    {
        if (limits.TokensBlocked() is { } blocked) return new ConfirmEmailPayload(false) { UserErrors = [blocked] };
        var user = await users.FindByEmailAsync(Normalize(input.Email));
        if (user is null || !await tokens.RedeemAsync(user.Id, AccountTokenPurpose.ConfirmEmail, input.Token ?? "", cancellationToken))
        {
            limits.TokenFailed();
            return new ConfirmEmailPayload(false) { UserErrors = [InvalidToken()] };
        }

        await MarkConfirmedAsync(user, cancellationToken);
        return new ConfirmEmailPayload(true);
    }

    /// <summary>Emails a fresh link when the address has an account still waiting for confirmation; answers alike otherwise.</summary>
    public async Task<AccountEmailPayload> ResendConfirmationAsync(AccountEmailInput input, CancellationToken cancellationToken)
    {
        if (!OrganizationRules.IsEmail(input.Email))
            return new AccountEmailPayload { UserErrors = [new UserError("INVALID_EMAIL", "That is not an email address.", "email")] };
        var email = Normalize(input.Email);
        if (limits.TakeRequestedEmail(email) is { } limited) return new AccountEmailPayload { UserErrors = [limited] };

        var user = await users.FindByEmailAsync(email);
        if (user is { EmailConfirmed: false }) await SendConfirmationAsync(user, cancellationToken);
        return new AccountEmailPayload();
    }

    /// <summary>Sets EmailConfirmed (once) and runs the handlers that waited for it.</summary>
    internal async Task MarkConfirmedAsync(User user, CancellationToken cancellationToken)
    {
        if (user.EmailConfirmed) return;
        user.EmailConfirmed = true;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException(string.Join("; ", updated.Errors.Select(e => e.Description)));
        foreach (var handler in handlers) await handler.OnEmailConfirmedAsync(user, cancellationToken);
    }

    /// <summary>The password validators' verdict as user errors on <paramref name="field"/>; empty when acceptable.</summary>
    internal async Task<List<UserError>> PasswordErrorsAsync(User user, string? password, string field)
    {
        var errors = new List<UserError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? "");
            errors.AddRange(result.Errors.Select(e => new UserError("WEAK_PASSWORD", e.Description, field)));
        }

        return [.. errors.DistinctBy(e => e.Message)];
    }

    internal static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();

    internal static UserError InvalidToken() =>
        new("INVALID_TOKEN", "This link is invalid, already used or expired; ask for a new one.", "token");

    private async Task SendConfirmationAsync(User user, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.EmailConfirmationLifetime;
        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.ConfirmEmail, lifetime, cancellationToken);
        await emails.SendConfirmationAsync(user.Email!, token, clock.GetUtcNow() + lifetime, cancellationToken);
    }
}
