import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { Badge, Notice, Spinner } from '../../../ui/Feedback';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';

const PaymentAccountDocument = graphql(`
  query ConsolePaymentAccount {
    paymentAccount {
      stripeAccountId
      chargesEnabled
      payoutsEnabled
      detailsSubmitted
      requirements
      disconnectedAt
      updatedAt
      feePlan { basisPoints fixedAmount }
    }
  }
`);

const ConnectPaymentAccountDocument = graphql(`
  mutation ConsoleConnectPaymentAccount {
    connectPaymentAccount {
      onboardingUrl
      expiresAt
      userErrors { code field message }
    }
  }
`);

export function PaymentAccountCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [{ data, error, fetching }] = useQuery({ query: PaymentAccountDocument });
  const [{ fetching: connecting }, connect] = useMutation(ConnectPaymentAccountDocument);
  const action = useAction();
  const account = data?.paymentAccount;
  const yesNo = (value: boolean) => <Badge tone={value ? 'good' : 'warn'}>{value ? t('yes') : t('no')}</Badge>;

  const startOnboarding = async () => {
    const payload = await action.run(connect({}), (result) => result.connectPaymentAccount);
    // Stripe's hosted onboarding is a page of its own; it sends the administrator back when done.
    if (payload?.onboardingUrl) window.location.assign(payload.onboardingUrl);
  };

  return (
    <Card title={t('payments.account')}>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data && !account ? <p>{t('payments.notConnected')}</p> : null}
      {account ? (
        <>
          {account.disconnectedAt ? <Notice tone="warning">{t('payments.disconnected', { time: formatDateTime(account.disconnectedAt, organization.timeZone, i18n.language) })}</Notice> : null}
          <dl className="console-figures">
            <div><dt>{t('payments.accountId')}</dt><dd className="console-small">{account.stripeAccountId}</dd></div>
            <div><dt>{t('payments.charges')}</dt><dd>{yesNo(account.chargesEnabled)}</dd></div>
            <div><dt>{t('payments.payouts')}</dt><dd>{yesNo(account.payoutsEnabled)}</dd></div>
            <div><dt>{t('payments.details')}</dt><dd>{yesNo(account.detailsSubmitted)}</dd></div>
            <div>
              <dt>{t('payments.fee')}</dt>
              <dd className="console-small">{t('payments.feeValue', { percent: account.feePlan.basisPoints / 100, fixed: formatMoney(account.feePlan.fixedAmount, organization.currency, i18n.language) })}</dd>
            </div>
          </dl>
          {account.requirements.length > 0 ? (
            <>
              <h3>{t('payments.requirements')}</h3>
              <ul>{account.requirements.map((requirement) => <li key={requirement}><code>{requirement}</code></li>)}</ul>
            </>
          ) : null}
        </>
      ) : null}
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {data ? (
        <div className="console-actions">
          <Button busy={connecting} onClick={() => void startOnboarding()}>
            {account ? t('payments.continueOnboarding') : t('payments.connect')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
