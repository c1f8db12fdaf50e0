using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Api.GraphQL.Transport;
using Platform.Api.GraphQL.Transport.Sse;
using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.GraphQL.Transport.WebSockets;
using Platform.Modules;

namespace Platform.Api.GraphQL;

public static class GraphQLExtensions
{
    /// <summary>The GraphQL.NET engine, its limits and the transport's services.</summary>
    public static IHostApplicationBuilder AddPlatformGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<GraphQLOptions>(GraphQLOptions.Section);

        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<PlatformSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .AddErrorInfoProvider<MaskedErrorInfoProvider>()
            .AddValidationRule<FieldAuthorizationRule>()
            .AddValidationRule<PageSizeRule>()
            .AddComplexityAnalyzer((complexity, services) =>
            {
                var settings = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = settings.MaxDepth;
                complexity.MaxComplexity = settings.MaxComplexity;
            })
            .AddValidationRule<IntrospectionSettingRule>()
            // One DbContext per request is not thread-safe: run queries serially; DataLoaders still batch per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .ConfigureExecutionOptions(options =>
            {
                var logger = options.RequestServices!.GetRequiredService<ILogger<PlatformSchema>>();
                options.UnhandledExceptionDelegate = context =>
                {
                    // Errors meant for the client (a subscription ended on purpose, say) are not failures.
                    if (context.OriginalException is ExecutionError) return Task.CompletedTask;
                    var operation = context.Context?.Operation?.Name?.StringValue ?? "(anonymous)";
                    // The database being down is not a bug: a warning, which alerting counts separately.
                    if (ServerTrouble.Of(context.OriginalException) is not null)
                        logger.LogWarning("Database trouble in {Operation}: {Error}", operation,
                            context.OriginalException.GetBaseException().Message);
                    else
                        logger.LogError(context.OriginalException, "Unhandled GraphQL error in {Operation}", operation);
                    return Task.CompletedTask;
                };
            }));

        builder.Services.AddSingleton<NodeInterface>();
        builder.Services.AddScoped<DataLoaderContext>();
        builder.Services.AddScoped<UserContextFactory>();
        builder.Services.AddSingleton<PersistedDocuments>();
        builder.Services.AddSingleton<DocumentProvider>();
        builder.Services.AddSingleton<GraphiQLPage>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    /// <summary>
    /// Maps /graphql: WebSocket upgrades (graphql-transport-ws), server-sent events (Accept:
    /// text/event-stream) and GraphQL over HTTP for GET and POST; other methods get 405 with Allow.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", ["GET", "POST"], (HttpContext context, GraphQLHttpEndpoint http,
                    GraphQLWebSocketEndpoint webSockets, GraphQLSseEndpoint sse) =>
                context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context)
                : GraphQLSseEndpoint.Wants(context.Request) ? sse.HandleAsync(context)
                : http.HandleAsync(context))
            .DisableAntiforgery();
        app.MapMethods("/graphql", ["PUT", "PATCH", "DELETE"], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        return app;
    }

    /// <summary>
    /// GraphQL:Introspection=false refuses __schema and __type (production may hide its schema); __typename stays.
    /// Read per document from the validated settings, not once at registration.
    /// </summary>
    private sealed class IntrospectionSettingRule(IOptions<GraphQLOptions> settings) : ValidationRuleBase
    {
        private static readonly NoIntrospectionValidationRule Refusal = NoIntrospectionValidationRule.Instance;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            settings.Value.Introspection ? default : Refusal.GetPreNodeVisitorAsync(context);
    }

    /// <summary>The SDL of the live schema, as checked in at the repository root.</summary>
    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<PlatformSchema>();
        schema.Initialize();
        var options = new global::GraphQL.Utilities.PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        };
        return schema.Print(options).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
