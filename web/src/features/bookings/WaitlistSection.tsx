import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { MyWaitlistQuery } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { describeError, describeFailure } from '../../lib/errors';
import { browserTimeZone, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { AcceptWaitlistOfferDocument, LeaveWaitlistDocument, MyWaitlistDocument } from './operations';

type Entry = MyWaitlistQuery['myWaitlistEntries'][number];

/** The customer's places in line; an offer can be taken here before it lapses. */
export function WaitlistSection({ onBooked }: { onBooked: () => void }) {
  const { t } = useTranslation('bookings');
  const { slug } = useOrganization();
  const [{ data }] = useQuery({ query: MyWaitlistDocument });
  // An accepted entry leaves the list (it is BOOKED), so the news of it is kept here.
  const [bookedId, setBookedId] = useState<string | null>(null);
  const entries = (data?.myWaitlistEntries ?? []).filter((entry) => entry.status === 'WAITING' || entry.status === 'OFFERED');
  if (entries.length === 0 && !bookedId) return null;
  return (
    <Card title={t('waitlistTitle')}>
      {bookedId ? (
        <Notice tone="success">
          {t('offerAccepted')} <Link to={`/t/${slug}/booking/${encodeURIComponent(bookedId)}`}>{t('openBooking')}</Link>
        </Notice>
      ) : null}
      <ul className="stack stack-s" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <WaitlistRow entry={entry} onBooked={(id) => { setBookedId(id); onBooked(); }} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function WaitlistRow({ entry, onBooked }: { entry: Entry; onBooked: (bookingId: string) => void }) {
  const { t, i18n } = useTranslation('bookings');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: accepting }, accept] = useMutation(AcceptWaitlistOfferDocument);
  const [{ fetching: leaving }, leave] = useMutation(LeaveWaitlistDocument);
  const zone = browserTimeZone();

  async function run(action: 'accept' | 'leave') {
    setProblem(null);
    const result = action === 'accept' ? await accept({ id: entry.id }) : await leave({ id: entry.id });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const data = result.data;
    const payload = data && 'acceptWaitlistOffer' in data ? data.acceptWaitlistOffer : data && 'leaveWaitlist' in data ? data.leaveWaitlist : null;
    const userError = payload?.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    const booked = data && 'acceptWaitlistOffer' in data ? data.acceptWaitlistOffer.booking : null;
    if (booked) onBooked(booked.id);
  }

  return (
    <div className="stack stack-s">
      <div>
        <strong>{entry.offering.name}</strong> · {formatDateTime(entry.start, zone, i18n.language)} · {entry.provider.displayName}{' '}
        <Badge tone={entry.status === 'OFFERED' ? 'good' : 'info'}>
          {entry.status === 'WAITING' && entry.position ? t('waitlistPosition', { position: entry.position }) : t(`waitlistStatus.${entry.status}`)}
        </Badge>
      </div>
      {entry.status === 'OFFERED' && entry.offer?.holdExpiresAt ? (
        <p>{t('offerUntil', { time: formatDateTime(entry.offer.holdExpiresAt, zone, i18n.language) })}</p>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="card-actions">
        {entry.status === 'OFFERED' ? <Button busy={accepting} onClick={() => void run('accept')}>{t('acceptOffer')}</Button> : null}
        <Button variant="secondary" busy={leaving} onClick={() => void run('leave')}>{t('leaveWaitlist')}</Button>
      </div>
    </div>
  );
}
