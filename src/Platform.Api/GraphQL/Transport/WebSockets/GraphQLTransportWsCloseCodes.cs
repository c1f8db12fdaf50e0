namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>The close codes graphql-transport-ws gives its own refusals (the 4xxx range of RFC 6455).</summary>
public static class GraphQLTransportWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
