using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Pricing.Quotes;

public sealed class QuoteResultType : ObjectGraphType<QuoteResult>
{
    public QuoteResultType()
    {
        Name = "QuoteResult";
        Field<QuoteType>("quote").Resolve(c => c.Source.Quote);
        this.AddUserErrors();
    }
}
