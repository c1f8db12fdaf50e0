import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../app/OrganizationContext';
import { describeError, describeFailure } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Checkbox, TextField } from '../../ui/Field';
import { EmptyState, Notice } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { AddBlackoutDocument, BlackoutsDocument, RemoveBlackoutDocument } from './settingsOperations';
import type { AgendaProvider } from './useAgendaProvider';
import { zonedInstant } from './zonedTime';

/** Closed periods for the coming year: this provider's and the whole organization's. */
export function BlackoutsPage({ provider }: { provider: AgendaProvider }) {
  const { t, i18n } = useTranslation('agenda');
  const { isAdmin } = useOrganization();
  const zone = provider.timeZone;
  const range = useMemo(() => {
    const now = new Date();
    return { from: now.toISOString(), to: new Date(now.getTime() + 366 * 86_400_000).toISOString() };
  }, []);
  const [{ data }, refetch] = useQuery({ query: BlackoutsDocument, variables: range });
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [reason, setReason] = useState('');
  const [wholeOrganization, setWholeOrganization] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddBlackoutDocument);
  const [, remove] = useMutation(RemoveBlackoutDocument);
  const blackouts = (data?.blackouts ?? []).filter((blackout) => !blackout.provider || blackout.provider.id === provider.id);
  const toInstant = (value: string) => zonedInstant(value.slice(0, 10), value.slice(11, 16), zone);

  async function submit() {
    setProblem(null);
    if (!startsAt || !endsAt) return;
    const result = await add({
      input: { startsAt: toInstant(startsAt), endsAt: toInstant(endsAt), reason: reason.trim() || null, providerId: wholeOrganization ? null : provider.id },
    });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.addBlackout.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    setReason('');
    refetch({ requestPolicy: 'network-only' });
  }

  async function removeOne(id: string) {
    setProblem(null);
    const result = await remove({ id });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.removeBlackout.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <Card title={t('blackoutsTitle')}>
        {blackouts.length === 0 ? <EmptyState title={t('noBlackouts')} /> : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr><th scope="col">{t('starts')}</th><th scope="col">{t('ends')}</th><th scope="col">{t('reason')}</th><th scope="col">{t('appliesTo')}</th><th scope="col"><span className="visually-hidden">{t('actions')}</span></th></tr>
              </thead>
              <tbody>
                {blackouts.map((blackout) => (
                  <tr key={blackout.id}>
                    <td>{formatDateTime(blackout.startsAt, zone, i18n.language)}</td>
                    <td>{formatDateTime(blackout.endsAt, zone, i18n.language)}</td>
                    <td>{blackout.reason ?? '—'}</td>
                    <td>{blackout.provider ? blackout.provider.displayName : t('wholeOrganization')}</td>
                    <td>
                      {!blackout.provider && !isAdmin ? null : (
                        <Button variant="ghost" onClick={() => void removeOne(blackout.id)}>
                          {t('remove')}<span className="visually-hidden">: {formatDateTime(blackout.startsAt, zone, i18n.language)}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t('addBlackout')}>
        <form className="stack stack-m" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <p className="muted">{t('blackoutLead', { zone })}</p>
          <TextField label={t('starts')} type="datetime-local" value={startsAt} onChange={(event) => setStartsAt(event.target.value)} required />
          <TextField label={t('ends')} type="datetime-local" value={endsAt} min={startsAt || undefined} onChange={(event) => setEndsAt(event.target.value)} required />
          <TextField label={t('reasonOptional')} value={reason} onChange={(event) => setReason(event.target.value)} />
          {isAdmin ? <Checkbox label={t('closeWholeOrganization')} checked={wholeOrganization} onChange={(event) => setWholeOrganization(event.target.checked)} /> : null}
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          <div><Button type="submit" busy={adding} disabled={!startsAt || !endsAt}>{t('addBlackout')}</Button></div>
        </form>
      </Card>
    </>
  );
}
