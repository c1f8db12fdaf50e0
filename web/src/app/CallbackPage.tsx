import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { completeSignIn } from '../lib/auth/auth';
import { Notice, Spinner } from '../ui/Feedback';

/** Where sign-in returns (the OAuth redirect URI): trades the code for tokens and goes back to the page the visitor left. */
export function CallbackPage() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeSignIn().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [navigate]);
  return (
    <main id="main" className="page page-narrow">
      {failed ? <Notice tone="error" title={t('signInFailed')}><a href="/">{t('home')}</a></Notice> : <Spinner label={t('signingIn')} />}
    </main>
  );
}
