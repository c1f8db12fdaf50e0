using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Operations;

namespace Platform.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c> (and <c>/t/{slug}/graphql</c>): GET for queries, POST for
/// everything, responses negotiated between application/graphql-response+json and application/json.
/// Status codes follow the GraphQL-over-HTTP spec; see docs/graphql-http-audit-notes.md.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<PlatformSchema> executer,
    IGraphQLTextSerializer serializer,
    DocumentProvider documents,
    IOptions<GraphQLOptions> options,
    GraphiQLPage graphiQL)
{
    /// <summary>The answer to a GET that selects a mutation, on every transport that accepts GET.</summary>
    public static readonly TransportError MutationOverGet = new(StatusCodes.Status405MethodNotAllowed,
        "Only queries may be sent with GET; use POST for mutations.", "METHOD_NOT_ALLOWED");

    public async Task HandleAsync(HttpContext context)
    {
        ReportServerTiming(context);
        var request = context.Request;
        if (ResponseMediaType.WantsHtml(request) && !request.Query.ContainsKey("query"))
        {
            await graphiQL.WriteAsync(context);
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteTransportErrorAsync(context, ResponseMediaType.Json, new TransportError(StatusCodes.Status406NotAcceptable,
                "Accept application/graphql-response+json or application/json.", "NOT_ACCEPTABLE"));
            return;
        }

        var settings = options.Value;
        var (httpRequest, transportError) = await GraphQLRequestReader.ReadAsync(request, settings.MaxRequestBytes, context.RequestAborted);
        if (transportError is not null)
        {
            await WriteTransportErrorAsync(context, mediaType, transportError);
            return;
        }

        var (document, text, documentError) = documents.Resolve(httpRequest!);
        if (documentError is not null)
        {
            await WriteResultAsync(context, mediaType, new ExecutionResult { Executed = false, Errors = [documentError] });
            return;
        }

        var selected = Select(document!, httpRequest!.OperationName);
        RequestLog.SetOperation(context, Label(selected, httpRequest.OperationName));
        if (HttpMethods.IsGet(request.Method) && SafeMethod.Refuses(document!, httpRequest.OperationName, subscriptionsToo: false))
        {
            context.Response.Headers.Allow = "POST";
            await WriteTransportErrorAsync(context, mediaType, MutationOverGet);
            return;
        }

        var userContext = await context.RequestServices.GetRequiredService<UserContextFactory>()
            .CreateAsync(context.User, context.RequestAborted);
        var result = await executer.ExecuteAsync(execution =>
        {
            execution.Document = document;
            execution.Query = text;
            execution.OperationName = httpRequest!.OperationName;
            execution.Variables = httpRequest.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null;
            execution.Extensions = httpRequest.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null;
            execution.UserContext = userContext;
            execution.User = context.User;
            execution.RequestServices = context.RequestServices;
            execution.CancellationToken = context.RequestAborted;
            execution.Timeout = settings.ExecutionTimeout;
            execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        });

        if (TroubleOf(result) is { } trouble)
        {
            await WriteTroubleAsync(context, mediaType, trouble);
            return;
        }

        await WriteResultAsync(context, mediaType, result);
    }

    /// <summary>
    /// <c>Server-Timing: graphql;dur=…</c> (milliseconds): how long the server worked on the request, from reading
    /// it to the first byte of the answer. Browsers' developer tools show it; tests measure refusals with it.
    /// </summary>
    private static void ReportServerTiming(HttpContext context)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var milliseconds = elapsed.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["Server-Timing"] = "graphql;dur=" + milliseconds;
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The server's trouble, when it left nothing to show: a 5xx tells the client to retry rather than
    /// fix its request. A result with any data is a partial success (a committed mutation whose nested
    /// field failed, say) and stays a 200 with its errors beside the data.
    /// </summary>
    internal static ServerTrouble? TroubleOf(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors || HasData(result)) return null;
        if (errors.Any(e => e is TimeoutError)) return ServerTrouble.Timeout;
        return errors.OfType<UnhandledError>().Select(e => ServerTrouble.Of(e.InnerException)).FirstOrDefault(t => t is not null);
    }

    private static bool HasData(ExecutionResult result) => result.Data switch
    {
        null => false,
        ObjectExecutionNode root => root.SubFields is { } fields && fields.Any(f => f.ToValue() is not null),
        _ => true,
    };

    /// <summary>A 503 (with Retry-After) or 504 in the negotiated JSON, shaped as GraphQL errors; <c>data</c> is left out.</summary>
    public static async Task WriteTroubleAsync(
        HttpContext context, string mediaType, ServerTrouble trouble, CancellationToken cancellationToken = default)
    {
        context.Response.StatusCode = trouble.Status;
        if (trouble.Status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = ServerTrouble.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var body = new { errors = new[] { new { message = trouble.Message, extensions = new { code = trouble.Code } } } };
        await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(body), cancellationToken);
    }

    /// <summary>The operation the request selects, or null when it cannot be determined (execution will report that).</summary>
    private static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    /// <summary>How the request log names an operation: its name, else its type and first root fields ("mutation holdBooking").</summary>
    private static string Label(GraphQLOperationDefinition? operation, string? operationName)
    {
        var fields = operation?.SelectionSet.Selections.OfType<GraphQLField>().Take(3).Select(f => f.Name.StringValue) ?? [];
        var label = operation is null ? operationName ?? "-"
            : operation.Name is { } name ? name.StringValue
            : operation.Operation.ToString().ToLowerInvariant() + " " + string.Join(",", fields);
        return label.Length <= 100 ? label : label[..100] + "…";
    }

    private async Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = StatusFor(result, mediaType);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>
    /// Nothing executed: authorization failures are 401/403 for every media type; other request errors
    /// are 400 under application/graphql-response+json and 200 under legacy application/json.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors) return StatusCodes.Status200OK;
        if (errors.All(e => e is AuthorizationError))
        {
            return errors.Any(e => e is AuthorizationError { Failure: AuthorizationFailure.Unauthenticated })
                ? StatusCodes.Status401Unauthorized
                : StatusCodes.Status403Forbidden;
        }

        return mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteTransportErrorAsync(HttpContext context, string mediaType, TransportError error)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
