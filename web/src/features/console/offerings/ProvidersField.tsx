import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Checkbox } from '../../../ui/Field';

/** Who delivers the offering: any of the organization's providers (members with hours). */
export function ProvidersField({ providers, selected, onChange }: {
  providers: { id: string; displayName: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { slug } = useOrganization();
  const { t } = useTranslation('console');
  return (
    <Card title={t('offerings.providers')}>
      <fieldset>
        <legend>{t('offerings.whoProvides')}</legend>
        {providers.length === 0 ? <p className="muted">{t('offerings.noProvidersYet')}</p> : null}
        <div className="console-checks">
          {providers.map((provider) => (
            <Checkbox
              key={provider.id}
              label={provider.displayName}
              checked={selected.includes(provider.id)}
              onChange={(event) => onChange(event.target.checked ? [...selected, provider.id] : selected.filter((id) => id !== provider.id))}
            />
          ))}
        </div>
        <p><Link to={`/t/${slug}/console/providers`}>{t('offerings.manageProviders')}</Link></p>
      </fieldset>
    </Card>
  );
}
