using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL.Execution;

/// <summary>
/// Document text by sha256: the shipped allow-list manifest (persisted documents) and the
/// automatic-persisted-query cache that clients fill by sending hash and text once.
/// </summary>
public sealed class PersistedDocuments : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> _manifest;
    private readonly MemoryCache _automatic;

    public PersistedDocuments(IOptions<GraphQLOptions> options)
    {
        var settings = options.Value;
        Mode = settings.PersistedDocumentsMode;
        _manifest = LoadManifest(settings.PersistedDocumentsPath);
        _automatic = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.PersistedQueryCacheSize });
        if (Mode == PersistedDocumentsMode.AllowList && _manifest.Count == 0)
            throw new InvalidOperationException(
                "GraphQL:PersistedDocumentsMode is AllowList but GraphQL:PersistedDocumentsPath names no documents.");
    }

    public PersistedDocumentsMode Mode { get; }

    public static string Hash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public bool IsAllowListed(string hash) => _manifest.ContainsKey(hash);

    public string? Find(string hash) =>
        _manifest.TryGetValue(hash, out var listed) ? listed : _automatic.Get<string>(hash);

    public void Remember(string hash, string document) =>
        _automatic.Set(hash, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(24) });

    private static Dictionary<string, string> LoadManifest(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return [];
        var json = File.ReadAllText(path);
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        return entries.ToDictionary(
            e => e.Key.StartsWith("sha256:", StringComparison.Ordinal) ? e.Key[7..] : e.Key,
            e => e.Value,
            StringComparer.OrdinalIgnoreCase);
    }

    public void Dispose() => _automatic.Dispose();
}
