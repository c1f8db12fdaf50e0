namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>One operation a client subscribed to: its id, and a cancellation that ends with it or with the connection.</summary>
internal sealed class SubscribedOperation(string id, CancellationToken connection) : IDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(connection);

    public string Id { get; } = id;

    public CancellationToken Token => _cancel.Token;

    public void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _cancel.Dispose();
}
