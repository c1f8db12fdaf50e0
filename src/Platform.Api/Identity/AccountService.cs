using Microsoft.AspNetCore.Identity;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

public sealed record SignUpInput(string Email, string Password, string DisplayName);

public sealed record SignUpPayload(User? User) : Payload;

/// <summary>Creates global accounts. Signing in is OAuth: /connect/token or /connect/authorize.</summary>
/// <summary>Something that follows a new account, e.g. attaching the guest bookings made with its email.</summary>
public interface IAccountCreatedHandler
{
    Task OnAccountCreatedAsync(User user, CancellationToken cancellationToken);
}

public sealed class AccountService(UserManager<User> users, IEnumerable<IAccountCreatedHandler> handlers, TimeProvider clock)
{
    public async Task<SignUpPayload> SignUpAsync(SignUpInput input, CancellationToken cancellationToken = default)
    {
        if (!OrganizationRules.IsEmail(input.Email))
            return new SignUpPayload(null) { UserErrors = [new UserError("INVALID_EMAIL", "That is not an email address.", "email")] };
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
            return new SignUpPayload(null) { UserErrors = [new UserError("INVALID_NAME", "The display name must be 1 to 200 characters.", "displayName")] };

        var email = input.Email.Trim().ToLowerInvariant();
        var user = new User { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, input.Password ?? "");
        if (result.Succeeded)
        {
            foreach (var handler in handlers) await handler.OnAccountCreatedAsync(user, cancellationToken);
            return new SignUpPayload(user);
        }

        var errors = result.Errors.Select(e => e.Code switch
        {
            "DuplicateEmail" or "DuplicateUserName" => new UserError("EMAIL_TAKEN", "An account with this email already exists.", "email"),
            _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => new UserError("WEAK_PASSWORD", e.Description, "password"),
            _ => new UserError("INVALID_INPUT", e.Description),
        }).DistinctBy(e => e.Code).ToList();
        return new SignUpPayload(null) { UserErrors = errors };
    }
}
