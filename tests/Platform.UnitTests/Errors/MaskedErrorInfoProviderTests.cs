using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Platform.Api.GraphQL.Errors;

namespace Platform.UnitTests.Errors;

public class MaskedErrorInfoProviderTests
{
    private static readonly MaskedErrorInfoProvider Provider = new();

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }

    private static string Everything(ErrorInfo info) =>
        info.Message + "\n" + JsonSerializer.Serialize(info.Extensions);

    [Fact]
    public void Unhandled_error_is_masked_as_internal_server_error()
    {
        var error = new UnhandledError("Error trying to resolve field 'organization'.", Thrown(new InvalidOperationException("secret detail")));

        var info = Provider.GetInfo(error);

        Assert.Equal("Internal server error.", info.Message);
        Assert.NotNull(info.Extensions);
        Assert.Equal(MaskedErrorInfoProvider.InternalCode, info.Extensions["code"]);
        Assert.Equal("INTERNAL_SERVER_ERROR", MaskedErrorInfoProvider.InternalCode);
    }

    [Fact]
    public void Unhandled_error_leaks_no_exception_details()
    {
        var error = new UnhandledError("Error trying to resolve field 'organization'.", Thrown(new InvalidOperationException("secret detail")));
        error.Data["connectionString"] = "Host=db;Password=secret";

        var everything = Everything(Provider.GetInfo(error));

        Assert.DoesNotContain("secret", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperation", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("organization", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(MaskedErrorInfoProviderTests), everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeout_error_gets_its_own_message_and_code()
    {
        var info = Provider.GetInfo(new TimeoutError());

        Assert.Equal("The operation took too long and was stopped.", info.Message);
        Assert.Equal("TIMEOUT", info.Extensions?["code"]);
    }

    [Fact]
    public void Deliberate_execution_error_keeps_message_and_code()
    {
        var info = Provider.GetInfo(new ExecutionError("Nope") { Code = "X" });

        Assert.Equal("Nope", info.Message);
        Assert.NotNull(info.Extensions);
        Assert.Equal("X", info.Extensions["code"]);
    }

    [Fact]
    public void Deliberate_execution_error_exposes_no_inner_exception_details()
    {
        var error = new ExecutionError("Nope", Thrown(new InvalidOperationException("secret detail"))) { Code = "X" };

        var info = Provider.GetInfo(error);

        Assert.Equal("Nope", info.Message);
        Assert.DoesNotContain("secret", Everything(info), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", Everything(info), StringComparison.Ordinal);
    }
}
