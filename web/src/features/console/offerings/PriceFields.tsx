import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Layout';
import { TextField } from '../../../ui/Field';
import { Button } from '../../../ui/Button';
import type { OfferingDraft, PriceDraft, SeatTierDraft } from './formState';
import type { DraftUpdate } from './OfferingEditor';

/**
 * One price per customer role, typed in major units of the organization's currency (sent as minor units).
 * Group offerings may also have a flat rate for a whole group and seat discounts.
 */
export function PriceFields({ draft, update, currency, roles, invalidRoles }: {
  draft: OfferingDraft;
  update: DraftUpdate;
  currency: string;
  roles: { key: string; name: string }[];
  invalidRoles: string[];
}) {
  const { t } = useTranslation('console');
  const group = draft.format === 'GROUP';
  const setPrice = (role: string, patch: Partial<PriceDraft>) =>
    update({ prices: draft.prices.map((price) => (price.role === role ? { ...price, ...patch } : price)) });
  const roleName = (key: string) => (key === 'public' ? t('offerings.rolePublic') : roles.find((role) => role.key === key)?.name ?? key);
  return (
    <Card title={t('offerings.prices')}>
      <p className="muted">{t('offerings.pricesHint', { currency })}</p>
      <div className="console-rows">
        {draft.prices.map((price) => (
          <fieldset key={price.role} className="stack stack-s">
            <legend>{roleName(price.role)}</legend>
            <div className="console-row">
              <TextField
                label={t('offerings.priceFor', { role: roleName(price.role), currency })}
                inputMode="decimal"
                value={price.amount}
                onChange={(event) => setPrice(price.role, { amount: event.target.value })}
                error={invalidRoles.includes(price.role) ? t('offerings.priceInvalid') : null}
                hint={price.role === 'public' ? t('offerings.publicHint') : t('offerings.roleHint')}
              />
              {group ? (
                <>
                  <TextField label={t('offerings.flatAmount', { currency })} inputMode="decimal" value={price.flatAmount} onChange={(event) => setPrice(price.role, { flatAmount: event.target.value })} />
                  <TextField label={t('offerings.flatFromSeats')} type="number" min={2} value={price.flatFromSeats} onChange={(event) => setPrice(price.role, { flatFromSeats: event.target.value })} />
                </>
              ) : null}
            </div>
            {group ? <SeatTiers role={roleName(price.role)} tiers={price.tiers} onChange={(tiers) => setPrice(price.role, { tiers })} /> : null}
          </fieldset>
        ))}
      </div>
    </Card>
  );
}

function SeatTiers({ role, tiers, onChange }: { role: string; tiers: SeatTierDraft[]; onChange: (tiers: SeatTierDraft[]) => void }) {
  const { t } = useTranslation('console');
  const set = (index: number, patch: Partial<SeatTierDraft>) => onChange(tiers.map((tier, position) => (position === index ? { ...tier, ...patch } : tier)));
  return (
    <div className="stack stack-s">
      {tiers.map((tier, index) => (
        <div className="console-row" key={index}>
          <TextField label={t('offerings.seatTierSeats', { role, number: index + 1 })} type="number" min={2} value={tier.minSeats} onChange={(event) => set(index, { minSeats: event.target.value })} />
          <TextField label={t('offerings.seatTierPercent', { role, number: index + 1 })} type="number" min={1} max={100} value={tier.percentOff} onChange={(event) => set(index, { percentOff: event.target.value })} />
          <Button variant="ghost" onClick={() => onChange(tiers.filter((_, position) => position !== index))}>{t('offerings.removeTier', { number: index + 1 })}</Button>
        </div>
      ))}
      <div><Button variant="secondary" onClick={() => onChange([...tiers, { minSeats: '', percentOff: '' }])}>{t('offerings.addSeatTier', { role })}</Button></div>
    </div>
  );
}
