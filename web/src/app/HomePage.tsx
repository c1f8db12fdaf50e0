import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { LanguageSwitch } from './LanguageSwitch';

/** The product's front door: go to an organization's booking page by its address. */
export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Platform</span>
        <div className="topbar-end"><LanguageSwitch /></div>
      </header>
      <main id="main" className="page page-narrow">
        <h1>{t('homeTitle')}</h1>
        <p className="muted">{t('homeLead')}</p>
        <form
          className="stack stack-m"
          onSubmit={(event) => {
            event.preventDefault();
            const cleaned = slug.trim().toLowerCase();
            if (cleaned) void navigate(`/t/${encodeURIComponent(cleaned)}`);
          }}
        >
          <TextField label={t('organizationAddress')} value={slug} onChange={(event) => setSlug(event.target.value)} autoComplete="off" />
          <Button type="submit">{t('open')}</Button>
        </form>
        <p><a href="/t/demo">{t('tryDemo')}</a> · <a href="/signup">{t('signUp')}</a></p>
      </main>
    </div>
  );
}
