using System.Net.Sockets;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Api.GraphQL.Errors;

namespace Platform.UnitTests.Errors;

public class ServerTroubleTests
{
    private static PostgresException Postgres(string sqlState) => new("refused", "FATAL", "FATAL", sqlState);

    [Fact]
    public void A_database_refusing_or_dropping_connections_is_503_unavailable()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(ServerTrouble.DatabaseUnavailable, ServerTrouble.Of(refused));
        Assert.Equal(ServerTrouble.DatabaseUnavailable, ServerTrouble.Of(Postgres("57P03")));
        Assert.Equal(ServerTrouble.DatabaseUnavailable, ServerTrouble.Of(Postgres("08006")));
        Assert.Equal(503, ServerTrouble.DatabaseUnavailable.Status);
    }

    [Fact]
    public void Exhausted_connections_a_full_database_and_a_statement_timeout_are_503_also_inside_EF_wrappers()
    {
        var exhausted = new NpgsqlException("The connection pool has been exhausted", new TimeoutException());

        Assert.Equal(ServerTrouble.Busy, ServerTrouble.Of(exhausted));
        Assert.Equal(ServerTrouble.DatabaseFull, ServerTrouble.Of(Postgres("53300")));
        Assert.Equal(503, ServerTrouble.DatabaseFull.Status);
        Assert.Equal(ServerTrouble.Busy, ServerTrouble.Of(Postgres("57014")));
        var wrapped = new DbUpdateException("save failed", new InvalidOperationException("wrapped", exhausted));

        Assert.Equal(ServerTrouble.Busy, ServerTrouble.Of(wrapped));
    }

    [Fact]
    public void Bugs_constraint_violations_and_cancellations_are_not_server_trouble()
    {
        Assert.Null(ServerTrouble.Of(new InvalidOperationException("a bug")));
        Assert.Null(ServerTrouble.Of(Postgres("23505")));
        Assert.Null(ServerTrouble.Of(new OperationCanceledException("client left", Postgres("57014"))));
        Assert.Null(ServerTrouble.Of(null));
    }

    [Fact]
    public void An_unhandled_GraphQL_error_caused_by_the_database_says_so_with_its_own_code()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        var error = new UnhandledError("Error trying to resolve field 'offerings'.", refused);

        var info = new MaskedErrorInfoProvider().GetInfo(error);

        Assert.Equal(ServerTrouble.UnavailableCode, info.Extensions?["code"]);
        Assert.Equal(ServerTrouble.DatabaseUnavailable.Message, info.Message);
    }
}
