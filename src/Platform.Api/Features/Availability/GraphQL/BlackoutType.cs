using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class BlackoutType : ObjectGraphType<Blackout>
{
    public const string TypeName = "Blackout";

    public BlackoutType()
    {
        this.ImplementNode(TypeName, b => b.Id);
        Description = "A closed period: the whole organization's when provider is null, else one provider's.";
        Field<ProviderType>("provider").Resolve(c => c.Source.ProviderId is { } id ? c.Loaders().ProvidersById(c.Db()).Load(id) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field(b => b.Reason, nullable: true);
    }
}
