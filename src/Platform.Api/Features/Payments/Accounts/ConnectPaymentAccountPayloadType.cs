using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Accounts;

public sealed class ConnectPaymentAccountPayloadType : ObjectGraphType<ConnectPayload>
{
    public ConnectPaymentAccountPayloadType()
    {
        Name = "ConnectPaymentAccountPayload";
        Field<PaymentAccountType>("account").Resolve(c => c.Source.Account);
        Field<StringGraphType>("onboardingUrl")
            .Description("Stripe's hosted onboarding; send the administrator there.")
            .Resolve(c => c.Source.OnboardingUrl);
        Field<DateTimeOffsetGraphType>("expiresAt")
            .Description("The link works until then; call again for a new one.")
            .Resolve(c => c.Source.ExpiresAt);
        this.AddUserErrors();
    }
}
