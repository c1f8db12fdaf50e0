import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Layout';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { LocationKind, OfferingFormat, OfferingKind } from '../../../gql/graphql';
import type { OfferingDraft } from './formState';
import type { DraftUpdate } from './OfferingEditor';

const kinds: OfferingKind[] = ['SESSION', 'LESSON', 'WORKSHOP', 'RESOURCE'];
const formats: OfferingFormat[] = ['ONE_TO_ONE', 'GROUP'];
const locations: LocationKind[] = ['VIDEO', 'IN_PERSON', 'PHONE', 'CUSTOMER_CHOOSES'];

/** What it is: name, description, kind and format, lengths, seats, and where it happens. */
export function BasicsFields({ draft, update }: { draft: OfferingDraft; update: DraftUpdate }) {
  const { t } = useTranslation('console');
  return (
    <Card title={t('offerings.basics')}>
      <div className="console-form">
        <TextField label={t('offerings.name')} value={draft.name} onChange={(event) => update({ name: event.target.value })} required autoComplete="off" />
        <SelectField label={t('offerings.kind')} value={draft.kind} onChange={(event) => update({ kind: event.target.value as OfferingKind })}>
          {kinds.map((kind) => <option key={kind} value={kind}>{t(`offerings.kindName.${kind}`)}</option>)}
        </SelectField>
        <SelectField label={t('offerings.format')} value={draft.format} onChange={(event) => update({ format: event.target.value as OfferingFormat })}>
          {formats.map((format) => <option key={format} value={format}>{t(`offerings.formatName.${format}`)}</option>)}
        </SelectField>
        <TextField
          label={t('offerings.durations')}
          hint={t('offerings.durationsHint')}
          value={draft.durations}
          onChange={(event) => update({ durations: event.target.value })}
          inputMode="numeric"
        />
        {draft.format === 'GROUP' ? (
          <TextField label={t('offerings.capacity')} hint={t('offerings.capacityHint')} type="number" min={1} value={draft.capacity} onChange={(event) => update({ capacity: event.target.value })} />
        ) : null}
        <SelectField label={t('offerings.location')} value={draft.locationKind} onChange={(event) => update({ locationKind: event.target.value as LocationKind })}>
          {locations.map((location) => <option key={location} value={location}>{t(`offerings.locationName.${location}`)}</option>)}
        </SelectField>
        <TextField label={t('offerings.locationDetail')} hint={t('offerings.locationDetailHint')} value={draft.locationDetail} onChange={(event) => update({ locationDetail: event.target.value })} />
        {draft.locationKind === 'VIDEO' || draft.locationKind === 'CUSTOMER_CHOOSES' ? (
          <TextField label={t('offerings.videoProvider')} hint={t('offerings.videoProviderHint')} value={draft.videoProvider} onChange={(event) => update({ videoProvider: event.target.value })} />
        ) : null}
        <div className="span-all">
          <TextAreaField label={t('offerings.description')} value={draft.description} onChange={(event) => update({ description: event.target.value })} />
        </div>
      </div>
    </Card>
  );
}
