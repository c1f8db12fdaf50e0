using GraphQL;
using GraphQL.Execution;

namespace Platform.Api.GraphQL.Errors;

/// <summary>
/// Unexpected exceptions become "Internal server error." with code INTERNAL_SERVER_ERROR: no
/// exception type names, messages or stack traces reach clients (they are logged instead).
/// Server trouble (the database unreachable or overloaded, the time limit) says so, with its own
/// code, so clients retry instead of reporting a bug. Deliberate errors (validation, syntax, our own
/// ExecutionErrors) keep their message and code.
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
        var trouble = executionError switch
        {
            TimeoutError => ServerTrouble.Timeout,
            UnhandledError unhandled => ServerTrouble.Of(unhandled.InnerException),
            _ => null,
        };
        if (trouble is not null) return Info(trouble.Message, trouble.Code);
        if (executionError is UnhandledError) return Info("Internal server error.", InternalCode);
        var info = base.GetInfo(executionError);
        // Refused on purpose by a Platform scalar: the reason is for the client (exception details otherwise stay hidden).
        if (executionError.InnerException is Scalars.InputRejectedException rejected) info.Message += " " + rejected.Message;
        return info;
    }

    private static ErrorInfo Info(string message, string code) =>
        new() { Message = message, Extensions = new Dictionary<string, object?> { ["code"] = code } };
}
