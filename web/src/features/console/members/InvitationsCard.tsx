import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { Checkbox, SelectField, TextField } from '../../../ui/Field';
import { EmptyState, Notice } from '../../../ui/Feedback';
import { formatDateTime } from '../../../lib/format';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { ConsoleInvitationsDocument, InviteMemberDocument } from './operations';
import { staffRoles } from './roles';

/** Invites someone by email (the emailed link lands on the server's accept page) and lists open invitations. */
export function InvitationsCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [{ data, error }, refetch] = useQuery({ query: ConsoleInvitationsDocument });
  const [, invite] = useMutation(InviteMemberDocument);
  const action = useAction();
  const [email, setEmail] = useState('');
  const [staffRole, setStaffRole] = useState('');
  const [customerRoles, setCustomerRoles] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const roles = data?.organization?.customerRoles ?? [];
  const invitations = data?.organization?.pendingInvitations ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const payload = await action.run(
      invite({ input: { email: email.trim(), staffRole: (staffRole || null) as StaffRole | null, customerRoles } }),
      (result) => result.inviteMember,
    );
    setBusy(false);
    if (payload) {
      setSentTo(email.trim());
      setEmail('');
      setCustomerRoles([]);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Card title={t('members.invitations')}>
      <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
        <div className="console-form">
          <TextField label={t('members.email')} type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} required />
          <SelectField label={t('members.staffRole')} value={staffRole} onChange={(event) => setStaffRole(event.target.value)}>
            <option value="">{t('members.customer')}</option>
            {staffRoles.map((role) => <option key={role} value={role}>{t(`members.role.${role}`)}</option>)}
          </SelectField>
        </div>
        {roles.length > 0 ? (
          <fieldset>
            <legend>{t('members.customerRoles')}</legend>
            <div className="console-checks">
              {roles.map((role) => (
                <Checkbox key={role.key} label={role.name} checked={customerRoles.includes(role.key)}
                  onChange={(event) => setCustomerRoles((current) => (event.target.checked ? [...current, role.key] : current.filter((key) => key !== role.key)))} />
              ))}
            </div>
          </fieldset>
        ) : null}
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        {sentTo ? <Notice tone="success">{t('members.invited', { email: sentTo })}</Notice> : null}
        <div><Button type="submit" busy={busy}>{t('members.invite')}</Button></div>
      </form>
      <h3>{t('members.pending')}</h3>
      {error ? <QueryError error={error} /> : null}
      {data && invitations.length === 0 ? <EmptyState title={t('members.noPending')} /> : null}
      {invitations.length > 0 ? (
        <ul className="console-list">
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <strong>{invitation.email}</strong> — {invitation.staffRole ? t(`members.role.${invitation.staffRole}`) : t('members.customer')}
              <br />
              <span className="muted">{t('members.expires', { time: formatDateTime(invitation.expiresAt, organization.timeZone, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
