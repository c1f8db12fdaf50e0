namespace Platform.Api.Identity;

/// <summary>Something that follows proof that an account owns its email, e.g. claiming the guest bookings made with it.</summary>
public interface IEmailConfirmedHandler
{
    Task OnEmailConfirmedAsync(User user, CancellationToken cancellationToken);
}
