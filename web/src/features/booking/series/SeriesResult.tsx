import { useTranslation } from 'react-i18next';
import type { BookSeriesMutation, CartDetailsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { describeError } from '../../../lib/errors';
import { Badge } from '../../../ui/Feedback';
import { Card } from '../../../ui/Layout';

export interface SeriesOccurrencesProps {
  occurrences: BookSeriesMutation['bookSeries']['occurrences'];
  cart: CartDetailsFragment | null;
}

/** Every occurrence asked for: booked (with its status) or why not. */
export function SeriesResult({ occurrences, timeZone }: SeriesOccurrencesProps & { timeZone: string }) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const booked = occurrences.filter((occurrence) => occurrence.booking).length;
  return (
    <Card title={t('seriesTitle', { booked, total: occurrences.length })}>
      <ol className="series-list">
        {occurrences.map((occurrence) => (
          <li key={occurrence.index}>
            <span>{formatDateTime(occurrence.start, timeZone, locale)}</span>{' '}
            {occurrence.booking ? (
              <Badge tone="good">{t(`common:status.${occurrence.booking.status}`)}</Badge>
            ) : occurrence.problem ? (
              <Badge tone="bad">{describeError(t, occurrence.problem)}</Badge>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
