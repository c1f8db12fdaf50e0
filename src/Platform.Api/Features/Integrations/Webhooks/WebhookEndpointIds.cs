using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Integrations.Webhooks;

/// <summary>The global ids of endpoints and deliveries (<c>WebhookEndpoint:…</c>, <c>WebhookDelivery:…</c>).</summary>
public static class WebhookEndpointIds
{
    public const string TypeName = "WebhookEndpoint";

    public const string DeliveryTypeName = "WebhookDelivery";

    public static string Of(Guid endpointId) => GlobalId.Encode(TypeName, endpointId);

    public static string DeliveryOf(Guid deliveryId) => GlobalId.Encode(DeliveryTypeName, deliveryId);

    public static Guid? Endpoint(string? globalId) => GlobalId.TryDecode(globalId, TypeName);

    public static Guid? Delivery(string? globalId) => GlobalId.TryDecode(globalId, DeliveryTypeName);
}
