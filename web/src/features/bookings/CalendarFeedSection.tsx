import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { browserTimeZone, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { CalendarFeedsDocument, CreateCalendarFeedDocument, RevokeCalendarFeedDocument } from './operations';

/** A secret .ics address for the customer's calendar app; the server shows it only once, so we do too. */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation('bookings');
  const [{ data }, refetch] = useQuery({ query: CalendarFeedsDocument });
  const [{ fetching: creating }, create] = useMutation(CreateCalendarFeedDocument);
  const [, revoke] = useMutation(RevokeCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const feeds = (data?.calendarFeeds ?? []).filter((feed) => !feed.revokedAt);

  async function createFeed() {
    setProblem(null);
    const result = await create({});
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.createCalendarFeed.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    setUrl(result.data?.createCalendarFeed.url ?? null);
    refetch({ requestPolicy: 'network-only' });
  }

  async function revokeFeed(id: string) {
    setProblem(null);
    const result = await revoke({ id });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.revokeCalendarFeed.userErrors[0];
    if (userError) setProblem(describeError(t, userError));
  }

  return (
    <Card title={t('feedTitle')}>
      <div className="stack stack-m">
        <p className="muted">{t('feedLead')}</p>
        {url ? (
          <Notice tone="success" title={t('feedCreated')}>
            <TextField label={t('feedUrl')} value={url} readOnly onFocus={(event) => event.target.select()} className="feed-url" />
            <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(url)}>{t('copy')}</Button>
          </Notice>
        ) : null}
        {feeds.length > 0 ? (
          <ul className="stack stack-s" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {feeds.map((feed) => (
              <li key={feed.id} className="stack-row stack stack-s">
                <span>{t('feedSince', { time: formatDateTime(feed.createdAt, browserTimeZone(), i18n.language) })}</span>
                <Button variant="ghost" onClick={() => void revokeFeed(feed.id)}>{t('revokeFeed')}</Button>
              </li>
            ))}
          </ul>
        ) : null}
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        <div><Button variant="secondary" busy={creating} onClick={() => void createFeed()}>{t('createFeed')}</Button></div>
      </div>
    </Card>
  );
}
