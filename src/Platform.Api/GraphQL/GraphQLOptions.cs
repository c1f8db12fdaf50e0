using System.ComponentModel.DataAnnotations;

namespace Platform.Api.GraphQL;

/// <summary>Configuration section <c>GraphQL</c>: limits and document handling.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted request body; bigger ones get 413 before any parsing.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest selection nesting allowed (introspection needs about 13).</summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 20;

    /// <summary>Largest total field complexity allowed for one operation.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Parser nesting limit: deeper documents are rejected as syntax errors without recursion risk.</summary>
    [Range(1, 10_000)]
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>
    /// Most selections a document may stand for once its fragments are spread, checked before validation
    /// (whose rules walk that expanded tree). The full introspection query is about 500.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxExpandedSelections { get; set; } = 2000;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> answer; <c>__typename</c> always does.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>How long one operation may run before it is answered with <c>TIMEOUT</c> (504). Any positive time (tests use
    /// 100 ns to force the timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00.0000001", "1.00:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Parsed documents kept in memory, by query text.</summary>
    [Range(0, 10_000_000)]
    public int DocumentCacheSize { get; set; } = 2000;

    /// <summary>Automatic persisted queries (Apollo's sha256 protocol) kept in memory.</summary>
    [Range(0, 10_000_000)]
    public int PersistedQueryCacheSize { get; set; } = 5000;

    /// <summary>
    /// <c>Open</c> (any document), or <c>AllowList</c>: only documents in <see cref="PersistedDocumentsPath"/>
    /// may run, by <c>documentId</c>, APQ hash or identical text. Mobile builds ship with the list.
    /// </summary>
    [EnumDataType(typeof(PersistedDocumentsMode))]
    public PersistedDocumentsMode PersistedDocumentsMode { get; set; } = PersistedDocumentsMode.Open;

    /// <summary>JSON object mapping <c>sha256</c> hex hashes to document text.</summary>
    public string? PersistedDocumentsPath { get; set; }

    /// <summary>Requests per minute per organization: the ceiling over all its clients together.</summary>
    [Range(1, int.MaxValue)]
    public int TenantRequestsPerMinute { get; set; } = 6000;

    /// <summary>
    /// Requests per minute per client (signed-in user, integration client, or anonymous address), counted
    /// separately in each organization and outside any; each WebSocket operation counts as one.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ClientRequestsPerMinute { get; set; } = 1200;
}
