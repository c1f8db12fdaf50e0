namespace Platform.Testing;

/// <summary>
/// A running Platform the shared builders talk to: the integration tests' host or a benchmark's, in
/// process or not. Requests go over a real socket to <see cref="BaseAddress"/>.
/// </summary>
public interface ITestHost
{
    /// <summary>The host's HTTP address (loopback, a real port).</summary>
    Uri BaseAddress { get; }

    /// <summary>The database the host runs on.</summary>
    TestDatabase Database { get; }

    /// <summary>The pickup directory the host writes its emails to (<see cref="Mailbox"/> reads them).</summary>
    string MailDirectory { get; }

    /// <summary>A plain HttpClient to <see cref="BaseAddress"/>.</summary>
    HttpClient Http();
}
