import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QuoteDocument } from './operations';
import { RefundTerms } from './RefundTerms';
import { formatMoney } from '../../lib/format';
import { describeError } from '../../lib/errors';
import { Notice, Spinner } from '../../ui/Feedback';

/** What this visitor would pay for the chosen start and seats, and the terms they agree to by holding it. */
export function QuoteSummary({ offeringId, start, seats, timeZone }: { offeringId: string; start: string; seats: number; timeZone: string }) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const [{ data, fetching }] = useQuery({ query: QuoteDocument, variables: { offeringId, start, seats }, requestPolicy: 'network-only' });
  if (fetching && !data) return <Spinner label={t('pricing')} />;
  const result = data?.quote;
  if (result?.userErrors[0]) return <Notice tone="warning">{describeError(t, result.userErrors[0])}</Notice>;
  const quote = result?.quote;
  if (!quote) return null;
  return (
    <div className="quote">
      <p className="quote-total">
        <span>{t('total')}</span>
        <strong data-testid="quote-amount">{quote.amount === 0 ? t('free') : formatMoney(quote.amount, quote.currency, locale)}</strong>
      </p>
      {quote.percentOff ? <p className="muted">{t('discount', { percent: quote.percentOff })}</p> : null}
      {quote.role !== 'public' ? <p className="muted">{t('priceForRole', { role: quote.role })}</p> : null}
      <RefundTerms
        deadlines={quote.refundDeadlines}
        currency={quote.currency}
        amount={quote.amount}
        rescheduleUntil={quote.rescheduleUntil}
        timeZone={timeZone}
      />
    </div>
  );
}
