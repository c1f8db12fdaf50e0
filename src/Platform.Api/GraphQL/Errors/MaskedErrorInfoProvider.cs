using GraphQL;
using GraphQL.Execution;

namespace Platform.Api.GraphQL.Errors;

/// <summary>
/// Unexpected exceptions become "Internal server error." with code INTERNAL_SERVER_ERROR: no
/// exception type names, messages or stack traces reach clients (they are logged instead).
/// Deliberate errors (validation, syntax, our own ExecutionErrors) keep their message and code.
/// </summary>
public sealed class MaskedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public const string InternalCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError or TimeoutError)
        {
            var timeout = executionError is TimeoutError;
            return new ErrorInfo
            {
                Message = timeout ? "The operation took too long and was stopped." : "Internal server error.",
                Extensions = new Dictionary<string, object?> { ["code"] = timeout ? "TIMEOUT" : InternalCode },
            };
        }

        var info = base.GetInfo(executionError);
        // Refused on purpose by a Platform scalar: the reason is for the client (exception details otherwise stay hidden).
        if (executionError.InnerException is Scalars.InputRejectedException rejected) info.Message += " " + rejected.Message;
        return info;
    }
}
