using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>
/// Reads that many subscribers of one event share (through <see cref="EventMemo"/>): each runs in
/// its own scope under the event's tenant and no user, so what one subscriber loads is exactly
/// what any other of that tenant would.
/// </summary>
public sealed class LiveLoads(IServiceScopeFactory scopes, ICurrentTenant currentTenant, EventMemo memo)
{
    public Task<Booking?> BookingAsync(BookingChanged change) =>
        SharedAsync(change, "booking", services =>
            services.GetRequiredService<PlatformDbContext>().Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == change.BookingId));

    public Task<T?> SharedAsync<T>(RealtimeEvent change, object key, Func<IServiceProvider, Task<T?>> load) where T : class =>
        memo.GetAsync(change.Sequence, key, () => InTenantAsync(change.TenantId, load));

    /// <summary>Runs <paramref name="load"/> in a fresh scope of <paramref name="tenantId"/>: its own DbContext and DataLoaders.</summary>
    public async Task<T> InTenantAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> load)
    {
        using var tenant = currentTenant.Change(tenantId);
        using var user = currentTenant.ChangeUser(null);
        await using var scope = scopes.CreateAsyncScope();
        return await load(scope.ServiceProvider);
    }
}
