import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Feedback';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { ConsoleMembersDocument, DefineCustomerRoleDocument } from './operations';

/** Customer roles (member, student…): prices can differ per role; 'public' is everyone's. */
export function CustomerRolesCard() {
  const { t } = useTranslation('console');
  const [{ data }, refetch] = useQuery({ query: ConsoleMembersDocument, variables: { after: null } });
  const [, define] = useMutation(DefineCustomerRoleDocument);
  const action = useAction();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const roles = data?.organization?.customerRoles ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const payload = await action.run(
      define({ input: { key: key.trim(), name: name.trim(), description: description.trim() || null } }),
      (result) => result.defineCustomerRole,
    );
    setBusy(false);
    if (payload) {
      setKey('');
      setName('');
      setDescription('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Card title={t('members.customerRolesTitle')}>
      <ul className="console-list">
        <li><strong>{t('offerings.rolePublic')}</strong> <code>public</code> — {t('members.publicRole')}</li>
        {roles.map((role) => (
          <li key={role.id}><strong>{role.name}</strong> <code>{role.key}</code>{role.description ? ` — ${role.description}` : ''}</li>
        ))}
      </ul>
      <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t('members.defineRole')}</h3>
        <div className="console-form">
          <TextField label={t('members.roleKey')} hint={t('members.roleKeyHint')} value={key} onChange={(event) => setKey(event.target.value)} autoComplete="off" />
          <TextField label={t('members.roleName')} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
          <TextField label={t('members.roleDescription')} value={description} onChange={(event) => setDescription(event.target.value)} autoComplete="off" />
        </div>
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        {action.done ? <Notice tone="success">{t('common:saved')}</Notice> : null}
        <div><Button type="submit" busy={busy}>{t('members.defineRoleSubmit')}</Button></div>
      </form>
    </Card>
  );
}
