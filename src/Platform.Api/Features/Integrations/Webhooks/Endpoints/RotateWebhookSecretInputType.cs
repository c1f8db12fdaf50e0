using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class RotateWebhookSecretInputType : InputObjectGraphType<RotateWebhookSecretInput>
{
    public RotateWebhookSecretInputType()
    {
        Name = "RotateWebhookSecretInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IntGraphType>("graceHours")
            .Description("How long the old secret keeps signing too (a second v1), 0–720; default 24 (Webhooks:RotationGraceHours).");
    }
}
