import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/Layout';
import { PaymentAccountCard } from './PaymentAccountCard';
import { LedgerCard } from './LedgerCard';
import { PayoutsCard } from './PayoutsCard';

/** Stripe onboarding and status, the ledger of captured money, and payouts to the bank. */
export default function PaymentsSection() {
  const { t } = useTranslation('console');
  return (
    <>
      <PageTitle subtitle={t('payments.subtitle')}>{t('nav.payments')}</PageTitle>
      <PaymentAccountCard />
      <LedgerCard />
      <PayoutsCard />
    </>
  );
}
