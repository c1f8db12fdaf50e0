import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { SelectField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Feedback';
import { timeZones } from '../../../lib/format';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';

// The payload asks for every field the shell shows, so graphcache updates the page's header at once.
const UpdateOrganizationDocument = graphql(`
  mutation ConsoleUpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization { id name slug timeZone currency logoUrl brandColor defaultLanguage }
      userErrors { code field message }
    }
  }
`);

export function OrganizationForm() {
  const { organization } = useOrganization();
  const { t } = useTranslation('console');
  const [name, setName] = useState(organization.name);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  const [currency, setCurrency] = useState(organization.currency);
  const [logoUrl, setLogoUrl] = useState(organization.logoUrl ?? '');
  const [brandColor, setBrandColor] = useState(organization.brandColor ?? '');
  const [defaultLanguage, setDefaultLanguage] = useState(organization.defaultLanguage);
  const [, update] = useMutation(UpdateOrganizationDocument);
  const action = useAction();
  const [busy, setBusy] = useState(false);
  const zones = timeZones();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await action.run(
      update({ input: { name: name.trim(), timeZone, currency: currency.trim().toUpperCase(), logoUrl: logoUrl.trim(), brandColor: brandColor.trim(), defaultLanguage } }),
      (result) => result.updateOrganization,
    );
    setBusy(false);
  };

  return (
    <Card title={t('settings.organization')}>
      <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
        <div className="console-form">
          <TextField label={t('settings.name')} value={name} onChange={(event) => setName(event.target.value)} autoComplete="organization" />
          <SelectField label={t('settings.timeZone')} value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
            {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </SelectField>
          <TextField label={t('settings.currency')} hint={t('settings.currencyHint')} value={currency} maxLength={3} onChange={(event) => setCurrency(event.target.value)} autoComplete="off" />
          <SelectField label={t('settings.language')} value={defaultLanguage} onChange={(event) => setDefaultLanguage(event.target.value)}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </SelectField>
          <TextField label={t('settings.logoUrl')} hint={t('settings.logoHint')} type="url" value={logoUrl} onChange={(event) => setLogoUrl(event.target.value)} />
          <TextField label={t('settings.brandColor')} hint={t('settings.brandHint')} value={brandColor} placeholder="#3b5bdb" onChange={(event) => setBrandColor(event.target.value)} />
        </div>
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        {action.done ? <Notice tone="success">{t('common:saved')}</Notice> : null}
        <div><Button type="submit" busy={busy}>{t('settings.saveOrganization')}</Button></div>
      </form>
    </Card>
  );
}
