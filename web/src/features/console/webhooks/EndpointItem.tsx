import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ConsoleWebhookEndpointsQuery } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Badge, Notice } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { formatDateTime } from '../../../lib/format';
import { MutationErrors } from '../shared/MutationErrors';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';
import { DeleteWebhookEndpointDocument, RotateWebhookSecretDocument, SendTestWebhookDocument, UpdateWebhookEndpointDocument } from './operations';
import { EndpointForm } from './EndpointForm';
import { EndpointDeliveries } from './EndpointDeliveries';

type Endpoint = ConsoleWebhookEndpointsQuery['webhookEndpoints'][number];

export function EndpointItem({ endpoint, onSecret, onDeleted }: { endpoint: Endpoint; onSecret: (secret: string) => void; onDeleted: () => void }) {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, update] = useMutation(UpdateWebhookEndpointDocument);
  const [, rotate] = useMutation(RotateWebhookSecretDocument);
  const [, test] = useMutation(SendTestWebhookDocument);
  const [, remove] = useMutation(DeleteWebhookEndpointDocument);
  const action = useAction();
  const when = (iso: string) => formatDateTime(iso, organization.timeZone, i18n.language);

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    setMessage(await work());
    setBusy(false);
  };
  const toggle = () => act(async () => {
    await action.run(update({ input: { id: endpoint.id, enabled: !endpoint.enabled } }), (data) => data.updateWebhookEndpoint);
    return null;
  });
  const rotateSecret = () => act(async () => {
    const payload = await action.run(rotate({ input: { id: endpoint.id } }), (data) => data.rotateWebhookSecret);
    if (payload?.secret) onSecret(payload.secret);
    return null;
  });
  const sendTest = () => act(async () => {
    const payload = await action.run(test({ input: { endpointId: endpoint.id } }), (data) => data.sendTestWebhook);
    if (payload) setShowDeliveries(true);
    return payload ? t('webhooks.testSent', { id: payload.eventId ?? '' }) : null;
  });
  const confirmDelete = () => act(async () => {
    const payload = await action.run(remove({ input: { id: endpoint.id } }), (data) => data.deleteWebhookEndpoint);
    if (payload) {
      setDeleting(false);
      onDeleted();
    }
    return null;
  });

  return (
    <li className="stack stack-s">
      <div>
        <strong className="console-break">{endpoint.url}</strong>{' '}
        <Badge tone={endpoint.enabled ? 'good' : 'warn'}>{endpoint.enabled ? t('webhooks.enabled') : t('webhooks.disabled')}</Badge>
        {endpoint.description ? <p className="muted">{endpoint.description}</p> : null}
        <p className="muted">{endpoint.events.join(', ')}</p>
        {endpoint.disabledReason ? <p>{t('webhooks.disabledReason', { reason: endpoint.disabledReason })}</p> : null}
        {endpoint.failingSince ? <p>{t('webhooks.failing', { time: when(endpoint.failingSince), count: endpoint.consecutiveFailures })}</p> : null}
        {endpoint.previousSecretExpiresAt ? <p className="muted">{t('webhooks.oldSecretUntil', { time: when(endpoint.previousSecretExpiresAt) })}</p> : null}
      </div>
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {message ? <Notice tone="success">{message}</Notice> : null}
      <div className="console-actions">
        <Button variant="secondary" disabled={busy} onClick={() => void toggle()}>{endpoint.enabled ? t('webhooks.disable') : t('webhooks.enable')}</Button>
        <Button variant="secondary" disabled={busy} onClick={() => setEditing(true)}>{t('webhooks.edit')}</Button>
        <Button variant="secondary" disabled={busy} onClick={() => void sendTest()}>{t('webhooks.test')}</Button>
        <Button variant="secondary" disabled={busy} onClick={() => void rotateSecret()}>{t('webhooks.rotate')}</Button>
        <Button variant="ghost" aria-expanded={showDeliveries} onClick={() => setShowDeliveries((shown) => !shown)}>{t('webhooks.deliveries')}</Button>
        <Button variant="ghost" disabled={busy} onClick={() => setDeleting(true)}>{t('webhooks.delete')}</Button>
      </div>
      {showDeliveries ? <EndpointDeliveries endpointId={endpoint.id} /> : null}
      <Dialog open={editing} title={t('webhooks.editTitle')} onClose={() => setEditing(false)}>
        {editing ? <EndpointForm endpoint={endpoint} onSaved={() => setEditing(false)} /> : null}
      </Dialog>
      <ConfirmDialog open={deleting} title={t('webhooks.deleteTitle')} confirmLabel={t('webhooks.delete')} busy={busy} onConfirm={() => void confirmDelete()} onClose={() => setDeleting(false)}>
        <p>{t('webhooks.deleteBody', { url: endpoint.url })}</p>
      </ConfirmDialog>
    </li>
  );
}
