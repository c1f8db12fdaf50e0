import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Checkbox, TextField } from '../../../ui/Field';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { CreateWebhookEndpointDocument, UpdateWebhookEndpointDocument, webhookEvents } from './operations';

interface Existing { id: string; url: string; description?: string | null; events: string[] }

/** Adds an endpoint (its secret comes back once) or changes one's URL, description and events. */
export function EndpointForm({ endpoint, onSaved }: { endpoint?: Existing; onSaved: (secret: string | null) => void }) {
  const { t } = useTranslation('console');
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [events, setEvents] = useState<string[]>(endpoint?.events ?? ['booking.confirmed', 'booking.cancelled']);
  const [busy, setBusy] = useState(false);
  const [, create] = useMutation(CreateWebhookEndpointDocument);
  const [, update] = useMutation(UpdateWebhookEndpointDocument);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    if (endpoint) {
      const payload = await action.run(update({ input: { id: endpoint.id, url: url.trim(), description: description.trim(), events } }), (data) => data.updateWebhookEndpoint);
      if (payload) onSaved(null);
    } else {
      const payload = await action.run(create({ input: { url: url.trim(), description: description.trim() || null, events } }), (data) => data.createWebhookEndpoint);
      if (payload) {
        setUrl('');
        setDescription('');
        onSaved(payload.secret ?? null);
      }
    }
    setBusy(false);
  };

  return (
    <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
      <div className="console-form">
        <TextField label={t('webhooks.url')} hint={t('webhooks.urlHint')} type="url" value={url} onChange={(event) => setUrl(event.target.value)} required />
        <TextField label={t('webhooks.description')} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <fieldset>
        <legend>{t('webhooks.events')}</legend>
        <div className="console-checks">
          {webhookEvents.map((name) => (
            <Checkbox key={name} label={name} checked={events.includes(name)}
              onChange={(event) => setEvents((current) => (event.target.checked ? [...current, name] : current.filter((candidate) => candidate !== name)))} />
          ))}
        </div>
      </fieldset>
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      <div><Button type="submit" busy={busy}>{endpoint ? t('common:save') : t('webhooks.create')}</Button></div>
    </form>
  );
}
