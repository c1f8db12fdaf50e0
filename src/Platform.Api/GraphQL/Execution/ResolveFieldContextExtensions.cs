using GraphQL;
using Platform.Api.Data;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.GraphQL.Execution;

public static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static PlatformUserContext Caller(this IResolveFieldContext context) => (PlatformUserContext)context.UserContext;

    public static PlatformDbContext Db(this IResolveFieldContext context) => context.Service<PlatformDbContext>();

    public static DataLoaderContext Loaders(this IResolveFieldContext context) => context.Service<DataLoaderContext>();
}
