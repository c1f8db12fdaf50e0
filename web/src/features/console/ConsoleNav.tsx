import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../app/OrganizationContext';

export const consoleSections = ['', 'offerings', 'providers', 'members', 'settings', 'payments', 'notifications', 'webhooks', 'integrations'] as const;

/** The sections: a scrollable row of tabs on a phone, a column beside the page on a wide screen. */
export function ConsoleNav() {
  const { slug } = useOrganization();
  const { t } = useTranslation('console');
  const base = `/t/${slug}/console`;
  return (
    <nav className="tabs console-nav" aria-label={t('sections')}>
      {consoleSections.map((section) => (
        <NavLink key={section || 'dashboard'} to={section ? `${base}/${section}` : base} end={!section}>
          {t(`nav.${section || 'dashboard'}`)}
        </NavLink>
      ))}
    </nav>
  );
}
