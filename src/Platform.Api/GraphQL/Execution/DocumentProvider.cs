using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Transport;

namespace Platform.Api.GraphQL.Execution;

/// <summary>
/// Turns a request into a parsed document: resolves persisted ids and APQ hashes, enforces the
/// allow-list, and parses through a bounded cache so repeated operations skip the parser.
/// </summary>
public sealed class DocumentProvider : IDisposable
{
    private readonly PersistedDocuments _persisted;
    private readonly MemoryCache _parsed;
    private readonly GraphQLDocumentBuilder _builder;
    private readonly int _maxExpandedSelections;

    public DocumentProvider(PersistedDocuments persisted, IOptions<GraphQLOptions> options)
    {
        _persisted = persisted;
        _parsed = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });
        _builder = new GraphQLDocumentBuilder { MaxDepth = options.Value.MaxParserDepth, IgnoreComments = true };
        _maxExpandedSelections = options.Value.MaxExpandedSelections;
    }

    /// <summary>Either the document and its text, or the errors to answer with (a request error: nothing executed).</summary>
    public (GraphQLDocument? Document, string? Text, ExecutionError? Error) Resolve(GraphQLHttpRequest request)
    {
        var (text, error) = ResolveText(request);
        if (error is not null) return (null, null, error);
        if (text is null) return (null, null, Error("The request has no document.", "BAD_REQUEST"));

        // Refusals are cached too: a hostile document sent again costs a lookup, not another parse.
        if (!_parsed.TryGetValue(text, out Parsed? parsed))
        {
            parsed = Parse(text);
            _parsed.Set(text, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return (parsed!.Document, text, parsed.Error);
    }

    private Parsed Parse(string text)
    {
        GraphQLDocument document;
        try
        {
            document = _builder.Build(text);
        }
        catch (SyntaxError syntax)
        {
            // GraphQL.NET's builder already wraps parser errors with message and location.
            return new Parsed(null, syntax);
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            return new Parsed(null, new SyntaxError(syntax));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new Parsed(null, new ExecutionError("The document is nested too deeply.") { Code = "MAX_DEPTH_EXCEEDED" });
        }

        // Before validation, which walks every fragment spread expanded: bound that work here, in linear time.
        if (DocumentSize.Expanded(document) > _maxExpandedSelections)
        {
            return new Parsed(null, new ExecutionError(
                $"The document has more than {_maxExpandedSelections} selections once its fragments are spread; send a smaller one.")
            { Code = "DOCUMENT_TOO_LARGE" });
        }

        return new Parsed(document, null);
    }

    private (string? Text, ExecutionError? Error) ResolveText(GraphQLHttpRequest request)
    {
        if (request.DocumentId is { } documentId)
        {
            var hash = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId[7..] : documentId;
            return _persisted.IsAllowListed(hash)
                ? (_persisted.Find(hash), null)
                : (null, Error("PersistedDocumentNotFound", "PERSISTED_DOCUMENT_NOT_FOUND"));
        }

        var apqHash = ReadPersistedQueryHash(request.Extensions);
        if (apqHash is not null)
        {
            if (request.Query is null)
            {
                var found = _persisted.Find(apqHash);
                return found is null ? (null, Error("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")) : (found, null);
            }

            if (!string.Equals(PersistedDocuments.Hash(request.Query), apqHash, StringComparison.OrdinalIgnoreCase))
                return (null, Error("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH"));
            if (_persisted.Mode == PersistedDocumentsMode.Open) _persisted.Remember(apqHash.ToLowerInvariant(), request.Query);
        }

        if (request.Query is null) return (null, Error("The request has no 'query'.", "BAD_REQUEST"));
        if (_persisted.Mode == PersistedDocumentsMode.AllowList && !_persisted.IsAllowListed(PersistedDocuments.Hash(request.Query)))
            return (null, Error("Only persisted documents may be executed here.", "PERSISTED_DOCUMENT_REQUIRED"));

        return (request.Query, null);
    }

    private static string? ReadPersistedQueryHash(JsonElement? extensions) =>
        extensions is { } e
        && e.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash)
        && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()
            : null;

    private static ExecutionError Error(string message, string code) => new(message) { Code = code };

    public void Dispose() => _parsed.Dispose();

    private sealed record Parsed(GraphQLDocument? Document, ExecutionError? Error);
}
