import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { signIn } from '../../lib/auth/auth';
import { Button } from '../../ui/Button';
import { Notice, Spinner } from '../../ui/Feedback';
import { AccountLayout } from './AccountLayout';
import { ConfirmEmailDocument } from './operations';

export default function ConfirmEmailPage() {
  const { t } = useTranslation('account');
  return (
    <AccountLayout title={t('confirmTitle')}>
      <ConfirmEmail />
    </AccountLayout>
  );
}

type Outcome = { kind: 'confirmed' } | { kind: 'failed'; message: string };

function ConfirmEmail() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const email = params.get('email') ?? '';
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [, confirm] = useMutation(ConfirmEmailDocument);
  // The token works once: a second call (React's development double effect, a re-render) would fail it.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !email || !token) return;
    sent.current = true;
    void confirm({ input: { email, token } }).then((result) => {
      if (result.error) return setOutcome({ kind: 'failed', message: describeFailure(t, result.error) });
      const userError = result.data?.confirmEmail.userErrors[0];
      if (userError) return setOutcome({ kind: 'failed', message: describeError(t, userError) });
      setOutcome({ kind: 'confirmed' });
    });
  }, [confirm, email, token, t]);

  if (!email || !token) return <Notice tone="error">{t('linkIncomplete')}</Notice>;
  if (!outcome) return <Spinner label={t('confirming')} />;
  if (outcome.kind === 'failed') return <Notice tone="error">{outcome.message}</Notice>;
  return (
    <div className="stack stack-m">
      <Notice tone="success">{t('emailConfirmed', { email })}</Notice>
      <div><Button onClick={() => void signIn('/')}>{t('common:signIn')}</Button></div>
    </div>
  );
}
