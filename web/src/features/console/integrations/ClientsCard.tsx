import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { SelectField, TextField } from '../../../ui/Field';
import { Badge, EmptyState, Spinner } from '../../../ui/Feedback';
import { formatDateTime } from '../../../lib/format';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { SecretOnce } from '../shared/SecretOnce';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';


const IntegrationClientsDocument = graphql(`
  query ConsoleIntegrationClients {
    integrationClients { id clientId name staffRole createdAt lastUsedAt rotatedAt revokedAt }
  }
`);
const CreateIntegrationClientDocument = graphql(`
  mutation ConsoleCreateIntegrationClient($input: CreateIntegrationClientInput!) {
    createIntegrationClient(input: $input) {
      client { id clientId name staffRole createdAt lastUsedAt rotatedAt revokedAt }
      clientId
      clientSecret
      userErrors { code field message }
    }
  }
`);
const RotateIntegrationClientDocument = graphql(`
  mutation ConsoleRotateIntegrationClient($input: IntegrationClientIdInput!) {
    rotateIntegrationClientSecret(input: $input) {
      client { id rotatedAt }
      clientId
      clientSecret
      userErrors { code field message }
    }
  }
`);
const RevokeIntegrationClientDocument = graphql(`
  mutation ConsoleRevokeIntegrationClient($input: IntegrationClientIdInput!) {
    revokeIntegrationClient(input: $input) {
      client { id revokedAt }
      userErrors { code field message }
    }
  }
`);

const roles: StaffRole[] = ['STAFF', 'PROVIDER', 'ADMIN', 'OWNER'];

/** API keys (OAuth client credentials) with a staff role; the secret is shown when made or rotated, never again. */
export function ClientsCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [{ data, error, fetching }, refetch] = useQuery({ query: IntegrationClientsDocument });
  const [, create] = useMutation(CreateIntegrationClientDocument);
  const [, rotate] = useMutation(RotateIntegrationClientDocument);
  const [, revoke] = useMutation(RevokeIntegrationClientDocument);
  const action = useAction();
  const [name, setName] = useState('');
  const [staffRole, setStaffRole] = useState<StaffRole>('STAFF');
  const [secret, setSecret] = useState<{ clientId: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, organization.timeZone, i18n.language) : '—');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const payload = await action.run(create({ input: { name: name.trim(), staffRole } }), (result) => result.createIntegrationClient);
    setBusy(false);
    if (payload?.clientSecret) {
      setSecret({ clientId: payload.clientId ?? '', secret: payload.clientSecret });
      setName('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const rotateSecret = async (id: string) => {
    const payload = await action.run(rotate({ input: { id } }), (result) => result.rotateIntegrationClientSecret);
    if (payload?.clientSecret) setSecret({ clientId: payload.clientId ?? '', secret: payload.clientSecret });
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    setBusy(true);
    const payload = await action.run(revoke({ input: { id: revoking.id } }), (result) => result.revokeIntegrationClient);
    setBusy(false);
    if (payload) setRevoking(null);
  };
  const clients = data?.integrationClients ?? [];

  return (
    <Card title={t('integrations.clients')}>
      {secret ? <SecretOnce label={t('integrations.secretFor', { clientId: secret.clientId })} secret={secret.secret} onDismiss={() => setSecret(null)} /> : null}
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data && clients.length === 0 ? <EmptyState title={t('integrations.none')} /> : null}
      {clients.length > 0 ? (
        <ul className="console-list">
          {clients.map((client) => (
            <li key={client.id} className="stack stack-s">
              <div>
                <strong>{client.name}</strong> <Badge tone={client.revokedAt ? 'bad' : 'good'}>{client.revokedAt ? t('integrations.revoked') : t('integrations.active')}</Badge>{' '}
                <Badge>{t(`members.role.${client.staffRole}`)}</Badge>
                <p className="muted console-break">{t('integrations.clientId')}: <code>{client.clientId}</code></p>
                <p className="muted">{t('integrations.lastUsed', { time: when(client.lastUsedAt) })}</p>
              </div>
              {client.revokedAt ? null : (
                <div className="console-actions">
                  <Button variant="secondary" onClick={() => void rotateSecret(client.id)}>{t('integrations.rotate')}</Button>
                  <Button variant="ghost" onClick={() => setRevoking({ id: client.id, name: client.name })}>{t('integrations.revoke')}</Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t('integrations.create')}</h3>
        <div className="console-form">
          <TextField label={t('integrations.name')} hint={t('integrations.nameHint')} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
          <SelectField label={t('integrations.role')} value={staffRole} onChange={(event) => setStaffRole(event.target.value as StaffRole)}>
            {roles.map((role) => <option key={role} value={role}>{t(`members.role.${role}`)}</option>)}
          </SelectField>
        </div>
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        <div><Button type="submit" busy={busy && !revoking}>{t('integrations.createSubmit')}</Button></div>
      </form>
      <ConfirmDialog open={revoking !== null} title={t('integrations.revokeTitle')} confirmLabel={t('integrations.revoke')} busy={busy} onConfirm={() => void confirmRevoke()} onClose={() => setRevoking(null)}>
        <p>{t('integrations.revokeBody', { name: revoking?.name ?? '' })}</p>
      </ConfirmDialog>
    </Card>
  );
}
