import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Layout';
import { Checkbox, TextField } from '../../../ui/Field';
import { Button } from '../../../ui/Button';
import type { OfferingDraft, TierDraft } from './formState';
import type { DraftUpdate } from './OfferingEditor';

/** When it can be booked, and what cancelling refunds. */
export function RulesFields({ draft, update }: { draft: OfferingDraft; update: DraftUpdate }) {
  const { t } = useTranslation('console');
  const setTier = (index: number, patch: Partial<TierDraft>) =>
    update({ refundTiers: draft.refundTiers.map((tier, position) => (position === index ? { ...tier, ...patch } : tier)) });
  const number = (label: string, key: 'bufferBefore' | 'bufferAfter' | 'minimumNotice' | 'bookingWindowDays' | 'slotInterval' | 'rescheduleCutoff', hint?: string) => (
    <TextField label={label} hint={hint} type="number" min={0} value={draft[key]} onChange={(event) => update({ [key]: event.target.value })} />
  );
  return (
    <Card title={t('offerings.rules')}>
      <div className="console-form">
        {number(t('offerings.bufferBefore'), 'bufferBefore')}
        {number(t('offerings.bufferAfter'), 'bufferAfter')}
        {number(t('offerings.minimumNotice'), 'minimumNotice')}
        {number(t('offerings.bookingWindow'), 'bookingWindowDays')}
        {number(t('offerings.slotInterval'), 'slotInterval', t('offerings.slotIntervalHint'))}
        {number(t('offerings.rescheduleCutoff'), 'rescheduleCutoff')}
        <div className="span-all console-checks">
          <Checkbox label={t('offerings.requiresConfirmation')} checked={draft.requiresConfirmation} onChange={(event) => update({ requiresConfirmation: event.target.checked })} />
          <Checkbox label={t('offerings.allowsGuests')} checked={draft.allowsGuests} onChange={(event) => update({ allowsGuests: event.target.checked })} />
        </div>
      </div>
      <fieldset className="stack stack-s">
        <legend>{t('offerings.refundTiers')}</legend>
        <p className="muted">{t('offerings.refundTiersHint')}</p>
        {draft.refundTiers.map((tier, index) => (
          <div className="console-row" key={index}>
            <TextField label={t('offerings.tierNotice', { number: index + 1 })} type="number" min={0} value={tier.notice} onChange={(event) => setTier(index, { notice: event.target.value })} />
            <TextField label={t('offerings.tierPercent', { number: index + 1 })} type="number" min={0} max={100} value={tier.percent} onChange={(event) => setTier(index, { percent: event.target.value })} />
            <Button variant="ghost" onClick={() => update({ refundTiers: draft.refundTiers.filter((_, position) => position !== index) })}>
              {t('offerings.removeTier', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button variant="secondary" onClick={() => update({ refundTiers: [...draft.refundTiers, { notice: '', percent: '' }] })}>{t('offerings.addTier')}</Button>
        </div>
      </fieldset>
    </Card>
  );
}
