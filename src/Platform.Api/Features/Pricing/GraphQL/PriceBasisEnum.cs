using GraphQL.Types;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing.GraphQL;

public sealed class PriceBasisEnum : EnumerationGraphType<PriceBasis>
{
    public PriceBasisEnum()
    {
        Name = "PriceBasis";
        Description = "How a price was reached: seats × unit price, less a group tier, or a flat group rate.";
    }
}
