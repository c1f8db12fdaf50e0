using Platform.Tenancy;

namespace Platform.Api.Features.Offerings;

/// <summary>Who delivers an offering.</summary>
public sealed class OfferingProvider : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    public Guid ProviderId { get; set; }
}
