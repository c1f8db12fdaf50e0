import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/Field';
import { timeZones } from '../../../lib/format';

/**
 * The visitor's zone, changeable. The list of every zone (some 400 options) is built when the visitor first reaches
 * the field — by pointer, keyboard or touch — not on the first render, which a slow phone would pay for at once.
 */
export function TimeZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation('booking');
  const [listed, setListed] = useState(false);
  const zones = useMemo(() => (listed ? timeZones() : []), [listed]);
  const list = () => setListed(true);
  return (
    <SelectField label={t('timeZone')} value={value} onChange={(event) => onChange(event.target.value)}
      onFocus={list} onPointerDown={list} onTouchStart={list}>
      {zones.includes(value) ? null : <option value={value}>{value.replaceAll('_', ' ')}</option>}
      {zones.map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
    </SelectField>
  );
}
