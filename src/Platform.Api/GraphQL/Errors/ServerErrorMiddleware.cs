using Platform.Api.GraphQL.Transport;

namespace Platform.Api.GraphQL.Errors;

/// <summary>
/// Exceptions that escape before or around GraphQL execution (the tenant lookup, loading the caller's
/// membership) get a GraphQL-shaped answer, never a problem+json 500: database trouble anywhere is a 503
/// with Retry-After; any other failure on the GraphQL endpoint is a 500 with INTERNAL_SERVER_ERROR.
/// Other endpoints' own bugs are left to the exception handler.
/// </summary>
internal sealed class ServerErrorMiddleware(RequestDelegate next, ILogger<ServerErrorMiddleware> logger)
{
    private static readonly ServerTrouble Internal =
        new(StatusCodes.Status500InternalServerError, MaskedErrorInfoProvider.InternalCode, "Internal server error.");

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
            && (ServerTrouble.Of(e) is not null || IsGraphQL(context)))
        {
            var trouble = ServerTrouble.Of(e);
            var path = context.Request.Path.Value;
            if (trouble is null) logger.LogError(e, "Unhandled error on {Path}", path);
            else logger.LogWarning("Answered {Status} on {Path}: {Error}", trouble.Status, path, e.GetBaseException().Message);
            context.Response.Clear();
            await GraphQLHttpEndpoint.WriteTroubleAsync(context, ResponseMediaType.Json, trouble ?? Internal, context.RequestAborted);
        }
    }

    // Before tenant resolution the path still carries /t/{slug}; after it, the prefix is in PathBase.
    private static bool IsGraphQL(HttpContext context) =>
        context.Request.Path.Value?.EndsWith("/graphql", StringComparison.Ordinal) == true;
}
