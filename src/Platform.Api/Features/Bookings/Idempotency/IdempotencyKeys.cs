using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Idempotency;

/// <summary>
/// Client-supplied idempotency keys. A key is claimed inside the writing transaction (insert, or wait
/// for a concurrent twin and see its result), so two identical requests racing each other make one
/// booking between them, and the same key with a different request is refused.
/// </summary>
public static class IdempotencyKeys
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>SHA-256 (hex) of the request as JSON: the normalized input of the operation.</summary>
    public static string Hash(object request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, request.GetType(), Json))));

    public static UserError? CheckKey(string? key) =>
        string.IsNullOrWhiteSpace(key) || key.Length > IdempotencyRecord.MaxKeyLength
            ? new UserError(
                "INVALID_IDEMPOTENCY_KEY",
                $"Give an idempotencyKey of 1 to {IdempotencyRecord.MaxKeyLength} characters, new for every distinct request (a UUID).",
                "idempotencyKey"
            )
            : null;

    /// <summary>Looks the key up outside any transaction: most retries end here.</summary>
    public static async Task<IdempotencyCheck> FindAsync(
        this PlatformDbContext db,
        string scope,
        string key,
        string operation,
        string hash,
        CancellationToken cancellationToken
    )
    {
        var record = await db
            .IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        return Judge(record, operation, hash);
    }

    /// <summary>
    /// Claims the key for <paramref name="resultId"/> inside the open transaction. When a concurrent
    /// request claimed it first, this waits for that one to commit and returns what it made.
    /// </summary>
    public static async Task<IdempotencyCheck> ClaimAsync(
        this PlatformDbContext db,
        Guid tenantId,
        string scope,
        string key,
        string operation,
        string hash,
        Guid resultId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO idempotency_keys (tenant_id, scope, key, operation, request_hash, result_id, created_at)
            VALUES ({tenantId}, {scope}, {key}, {operation}, {hash}, {resultId}, {now.ToUniversalTime()})
            ON CONFLICT (tenant_id, scope, key) DO NOTHING
            """,
            cancellationToken
        );
        if (inserted == 1)
            return IdempotencyCheck.New;
        var record = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        return Judge(record, operation, hash);
    }

    private static IdempotencyCheck Judge(IdempotencyRecord? record, string operation, string hash) =>
        record is null ? IdempotencyCheck.New
        : record.Operation == operation && record.RequestHash == hash ? new IdempotencyCheck(record.ResultId, null)
        : new IdempotencyCheck(
            null,
            new UserError(
                "IDEMPOTENCY_KEY_REUSED",
                "This idempotencyKey was already used for a different request; use a new key for a new request.",
                "idempotencyKey"
            )
        );
}
