import { useTranslation } from 'react-i18next';
import type { BookableOffering } from './prices';
import { hasRolePrices, visitorRule } from './prices';
import { formatDuration, formatMoney } from '../../lib/format';
import { Badge } from '../../ui/Feedback';

interface OfferingListProps {
  offerings: BookableOffering[];
  roles: readonly string[];
  signedIn: boolean;
  selectedId: string | null;
  onSelect: (offering: BookableOffering) => void;
}

/** What the organization sells, with the price this visitor pays. */
export function OfferingList({ offerings, roles, signedIn, selectedId, onSelect }: OfferingListProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="offerings" aria-label={t('offerings')}>
      {offerings.map((offering) => {
        const rule = visitorRule(offering, roles);
        const price = !rule ? t('noPrice') : rule.unitAmount === 0 ? t('free') : formatMoney(rule.unitAmount, rule.currency, locale);
        const memberRule = rule && rule.role !== 'public';
        return (
          <li key={offering.id}>
            <button
              type="button"
              className={`offering${selectedId === offering.id ? ' offering-selected' : ''}`}
              aria-pressed={selectedId === offering.id}
              onClick={() => onSelect(offering)}
            >
              <span className="offering-name">{offering.name}</span>
              <span className="offering-meta">
                {offering.durationsMinutes.map((minutes) => formatDuration(minutes, locale)).join(' · ')}
                {offering.format === 'GROUP' ? ` · ${t('groupOf', { count: offering.capacity })}` : ''}
              </span>
              {offering.description ? <span className="offering-description">{offering.description}</span> : null}
              <span className="offering-price" data-testid="offering-price">
                {price}
                {rule && rule.unitAmount > 0 && offering.format === 'GROUP' ? ` ${t('perSeat')}` : ''}
                {memberRule ? <> <Badge tone="good">{t('yourPrice', { role: rule.role })}</Badge></> : null}
              </span>
              {!signedIn && hasRolePrices(offering) ? <span className="offering-hint">{t('signInForMemberPrices')}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
