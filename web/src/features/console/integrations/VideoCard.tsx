import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { VideoProviderKind } from '../../../gql/graphql';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { Checkbox, SelectField, TextField } from '../../../ui/Field';
import { Badge, Notice } from '../../../ui/Feedback';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';

const VideoProvidersDocument = graphql(`
  query ConsoleVideoProviders {
    videoProviders { provider isDefault serverUrl subdomain templateId appId updatedAt }
  }
`);
const SetVideoProviderDocument = graphql(`
  mutation ConsoleSetVideoProvider($input: SetVideoProviderInput!) {
    setVideoProvider(input: $input) {
      settings { provider isDefault serverUrl subdomain templateId appId updatedAt }
      userErrors { code field message }
    }
  }
`);
const RemoveVideoProviderDocument = graphql(`
  mutation ConsoleRemoveVideoProvider($input: RemoveVideoProviderInput!) {
    removeVideoProvider(input: $input) {
      removedProvider
      userErrors { code field message }
    }
  }
`);

const kinds: VideoProviderKind[] = ['JITSI', 'DAILY', 'HMS'];

/** Video services: settings are checked with the service before they are saved; secrets are never shown back. */
export function VideoCard() {
  const { t } = useTranslation('console');
  const [{ data, error }, refetch] = useQuery({ query: VideoProvidersDocument });
  const [, save] = useMutation(SetVideoProviderDocument);
  const [, remove] = useMutation(RemoveVideoProviderDocument);
  const action = useAction();
  const [provider, setProvider] = useState<VideoProviderKind>('JITSI');
  const [fields, setFields] = useState({ serverUrl: '', apiKey: '', appId: '', appSecret: '', subdomain: '', templateId: '' });
  const [makeDefault, setMakeDefault] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value }));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const blankToNull = (value: string) => value.trim() || null;
    const payload = await action.run(save({ input: {
      provider, makeDefault,
      serverUrl: provider === 'JITSI' ? blankToNull(fields.serverUrl) : null,
      apiKey: provider === 'DAILY' ? blankToNull(fields.apiKey) : null,
      appId: provider === 'DAILY' ? null : blankToNull(fields.appId),
      appSecret: provider === 'DAILY' ? null : blankToNull(fields.appSecret),
      subdomain: provider === 'HMS' ? blankToNull(fields.subdomain) : null,
      templateId: provider === 'HMS' ? blankToNull(fields.templateId) : null,
    } }), (result) => result.setVideoProvider);
    setBusy(false);
    if (payload) {
      setFields({ serverUrl: '', apiKey: '', appId: '', appSecret: '', subdomain: '', templateId: '' });
      reload();
    }
  };
  const forget = async (kind: VideoProviderKind) => {
    const payload = await action.run(remove({ input: { provider: kind } }), (result) => result.removeVideoProvider);
    if (payload) reload();
  };

  return (
    <Card title={t('integrations.video')}>
      {error ? <QueryError error={error} /> : null}
      <ul className="console-list">
        {(data?.videoProviders ?? []).map((settings) => (
          <li key={settings.provider} className="console-actions">
            <strong>{t(`integrations.videoName.${settings.provider}`)}</strong>
            {settings.isDefault ? <Badge tone="info">{t('integrations.default')}</Badge> : null}
            {settings.serverUrl ? <span className="muted console-break">{settings.serverUrl}</span> : null}
            {settings.updatedAt ? (
              <Button variant="ghost" onClick={() => void forget(settings.provider)}>{t('integrations.removeVideo', { name: t(`integrations.videoName.${settings.provider}`) })}</Button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t('integrations.setVideo')}</h3>
        <div className="console-form">
          <SelectField label={t('integrations.videoService')} value={provider} onChange={(event) => setProvider(event.target.value as VideoProviderKind)}>
            {kinds.map((kind) => <option key={kind} value={kind}>{t(`integrations.videoName.${kind}`)}</option>)}
          </SelectField>
          {provider === 'JITSI' ? <TextField label={t('integrations.serverUrl')} type="url" value={fields.serverUrl} onChange={set('serverUrl')} /> : null}
          {provider === 'DAILY' ? <TextField label={t('integrations.apiKey')} type="password" autoComplete="off" value={fields.apiKey} onChange={set('apiKey')} /> : null}
          {provider !== 'DAILY' ? <TextField label={t('integrations.appId')} autoComplete="off" value={fields.appId} onChange={set('appId')} /> : null}
          {provider !== 'DAILY' ? <TextField label={t('integrations.appSecret')} type="password" autoComplete="off" value={fields.appSecret} onChange={set('appSecret')} /> : null}
          {provider === 'HMS' ? <TextField label={t('integrations.subdomain')} value={fields.subdomain} onChange={set('subdomain')} /> : null}
          {provider === 'HMS' ? <TextField label={t('integrations.templateId')} value={fields.templateId} onChange={set('templateId')} /> : null}
        </div>
        <Checkbox label={t('integrations.makeDefault')} checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        {action.done ? <Notice tone="success">{t('common:saved')}</Notice> : null}
        <div><Button type="submit" busy={busy}>{t('integrations.saveVideo')}</Button></div>
      </form>
    </Card>
  );
}
