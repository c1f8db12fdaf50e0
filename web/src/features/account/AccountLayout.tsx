import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createPlatformClient } from '../../lib/graphql/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import type { UserErrorLike } from '../../lib/errors';

/** Account pages belong to no organization: a plain centred page talking to /graphql. */
export function AccountLayout({ title, children }: { title: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('account');
  const client = useMemo(() => createPlatformClient(null), []);
  return (
    <Provider value={client}>
      <div className="app">
        <a className="skip-link" href="#main">{t('common:skipToContent')}</a>
        <header className="topbar">
          <Link to="/" className="brand">Platform</Link>
          <div className="topbar-end"><LanguageSwitch /></div>
        </header>
        <main id="main" className="page page-narrow" tabIndex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
      </div>
    </Provider>
  );
}

/** The errors of each field, for showing beside it (a weak password may break several rules); the rest above the button. */
export function splitErrors(errors: readonly UserErrorLike[], fields: string[]) {
  const byField = new Map<string, UserErrorLike[]>();
  const general: UserErrorLike[] = [];
  for (const error of errors) {
    const field = error.field?.split('.').pop()?.toLowerCase();
    const match = fields.find((name) => name.toLowerCase() === field);
    if (match) byField.set(match, [...(byField.get(match) ?? []), error]);
    else general.push(error);
  }
  return { byField, general };
}
