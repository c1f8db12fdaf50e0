import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card, PageTitle } from '../../../ui/Layout';
import { EmptyState, Spinner } from '../../../ui/Feedback';
import { SelectField } from '../../../ui/Field';
import { QueryError } from '../shared/MutationErrors';
import { ConsoleProvidersDocument } from './operations';
import { ScheduleEditor } from './ScheduleEditor';
import { ProviderList } from './ProviderList';

/** Who provides what, and their weekly hours; any staff member becomes a provider by getting hours. */
export default function ProvidersSection() {
  const { organization } = useOrganization();
  const { t } = useTranslation('console');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConsoleProvidersDocument });
  const [membershipId, setMembershipId] = useState('');
  const providers = data?.providers ?? [];
  const staff = (data?.organization?.members?.items ?? []).filter((member) => member?.staffRole) as {
    id: string; staffRole?: string | null; user: { displayName: string; email: string };
  }[];
  // Choosing "Edit hours" in the list moves focus (and the view) to the editor below it.
  const edit = (id: string) => {
    setMembershipId(id);
    requestAnimationFrame(() => document.getElementById('schedule-member')?.focus());
  };
  const editing = providers.find((provider) => provider.membership.id === membershipId) ?? null;
  const member = staff.find((candidate) => candidate.id === membershipId) ?? null;

  return (
    <>
      <PageTitle subtitle={t('providers.subtitle')}>{t('nav.providers')}</PageTitle>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data ? (
        <>
          {providers.length === 0 ? <EmptyState title={t('providers.none')} /> : <ProviderList providers={providers} onEdit={edit} />}
          <Card title={t('providers.hours')}>
            <SelectField id="schedule-member" label={t('providers.whose')} value={membershipId} onChange={(event) => setMembershipId(event.target.value)}>
              <option value="">{t('providers.choose')}</option>
              {staff.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.user.displayName} ({candidate.user.email}){providers.some((provider) => provider.membership.id === candidate.id) ? '' : ` — ${t('providers.notYet')}`}
                </option>
              ))}
            </SelectField>
            {membershipId && (editing || member) ? (
              <ScheduleEditor
                key={membershipId}
                membershipId={membershipId}
                name={editing?.displayName ?? member?.user.displayName ?? ''}
                timeZone={editing?.timeZone ?? organization.timeZone}
                weeklyHours={editing?.weeklyHours ?? []}
                onSaved={() => refetch({ requestPolicy: 'network-only' })}
              />
            ) : null}
          </Card>
        </>
      ) : null}
    </>
  );
}
