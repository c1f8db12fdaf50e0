using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

/// <summary>
/// Password reset by email. Asking answers the same whether or not the address has an account; the emailed
/// token sets a new password once, ends every session (refresh tokens) and, having reached the inbox,
/// also proves the account owns its email.
/// </summary>
public sealed class PasswordResets(
    UserManager<User> users,
    AccountService accounts,
    AccountTokens tokens,
    AccountEmails emails,
    AccountLimits limits,
    IOpenIddictTokenManager openIddictTokens,
    IOpenIddictAuthorizationManager authorizations,
    IOptions<PlatformIdentityOptions> options,
    TimeProvider clock)
{
    public async Task<AccountEmailPayload> RequestAsync(AccountEmailInput input, CancellationToken cancellationToken)
    {
        if (!OrganizationRules.IsEmail(input.Email))
            return new AccountEmailPayload { UserErrors = [new UserError("INVALID_EMAIL", "That is not an email address.", "email")] };
        var email = AccountService.Normalize(input.Email);
        if (limits.TakeRequestedEmail(email) is { } limited) return new AccountEmailPayload { UserErrors = [limited] };

        if (await users.FindByEmailAsync(email) is { } user)
        {
            var lifetime = options.Value.PasswordResetLifetime;
            var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.ResetPassword, lifetime, cancellationToken);
            await emails.SendPasswordResetAsync(email, token, clock.GetUtcNow() + lifetime, cancellationToken);
        }

        return new AccountEmailPayload();
    }

    public async Task<ResetPasswordPayload> ResetAsync(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        if (limits.TokensBlocked() is { } blocked) return new ResetPasswordPayload(false) { UserErrors = [blocked] };
        var user = await users.FindByEmailAsync(AccountService.Normalize(input.Email));
        // Judge the password first: a weak one must not use up the link.
        if (await accounts.PasswordErrorsAsync(user ?? new User(), input.NewPassword, "newPassword") is { Count: > 0 } weak)
            return new ResetPasswordPayload(false) { UserErrors = weak };
        if (user is null || !await tokens.RedeemAsync(user.Id, AccountTokenPurpose.ResetPassword, input.Token ?? "", cancellationToken))
        {
            limits.TokenFailed();
            return new ResetPasswordPayload(false) { UserErrors = [AccountService.InvalidToken()] };
        }

        // Identity's own reset also renews the security stamp; its token is made and spent right here.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), input.NewPassword);
        if (!reset.Succeeded) throw new InvalidOperationException(string.Join("; ", reset.Errors.Select(e => e.Description)));

        // Whoever had the old password keeps nothing: refresh tokens and authorizations end here.
        await openIddictTokens.RevokeBySubjectAsync(user.Id.ToString(), cancellationToken);
        await authorizations.RevokeBySubjectAsync(user.Id.ToString(), cancellationToken);
        await accounts.MarkConfirmedAsync(user, cancellationToken);
        return new ResetPasswordPayload(true);
    }
}
