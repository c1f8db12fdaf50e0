import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../lib/format';

interface RefundTermsProps {
  deadlines: readonly { until: string; refundPercent: number; refundAmount: number }[];
  currency: string;
  amount: number;
  rescheduleUntil: string;
  timeZone: string;
}

/** The cancellation terms in plain words: what a cancellation returns until when, and until when it can move. */
export function RefundTerms({ deadlines, currency, amount, rescheduleUntil, timeZone }: RefundTermsProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const canMove = new Date(rescheduleUntil).getTime() > Date.now();
  const move = canMove ? t('terms.rescheduleUntil', { until: formatDateTime(rescheduleUntil, timeZone, locale) }) : t('terms.noReschedule');
  if (amount === 0) return <p className="muted">{t('terms.free')} {move}</p>;
  const sorted = [...deadlines].sort((a, b) => a.until.localeCompare(b.until));
  return (
    <div className="terms">
      <h3>{t('terms.title')}</h3>
      <ul>
        {sorted.map((deadline) => (
          <li key={deadline.until}>
            {t('terms.refundUntil', {
              until: formatDateTime(deadline.until, timeZone, locale),
              percent: deadline.refundPercent,
              amount: formatMoney(deadline.refundAmount, currency, locale),
            })}
          </li>
        ))}
        <li>{sorted.length === 0 ? t('terms.noRefundEver') : t('terms.noRefundAfter')}</li>
        <li>{move}</li>
      </ul>
    </div>
  );
}
