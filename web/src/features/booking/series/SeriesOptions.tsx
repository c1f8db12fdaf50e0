import { useTranslation } from 'react-i18next';
import type { RecurrenceFrequency } from '../../../gql/graphql';
import { SelectField, TextField } from '../../../ui/Field';

export interface Repeat {
  frequency: RecurrenceFrequency | null;
  occurrences: number;
}

/** Book the same time weekly, every two weeks or monthly, 2 to 52 times. */
export function SeriesOptions({ repeat, onChange }: { repeat: Repeat; onChange: (repeat: Repeat) => void }) {
  const { t } = useTranslation('booking');
  return (
    <fieldset className="stack stack-s">
      <legend>{t('repeat')}</legend>
      <SelectField label={t('repeatEvery')} value={repeat.frequency ?? ''}
        onChange={(event) => onChange({ ...repeat, frequency: (event.target.value || null) as RecurrenceFrequency | null })}>
        <option value="">{t('repeatNever')}</option>
        <option value="WEEKLY">{t('weekly')}</option>
        <option value="BIWEEKLY">{t('biweekly')}</option>
        <option value="MONTHLY">{t('monthly')}</option>
      </SelectField>
      {repeat.frequency ? (
        <TextField label={t('occurrences')} type="number" min={2} max={52} value={repeat.occurrences}
          onChange={(event) => onChange({ ...repeat, occurrences: Math.min(52, Math.max(2, Number(event.target.value) || 2)) })} />
      ) : null}
    </fieldset>
  );
}
