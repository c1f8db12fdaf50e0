import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { AccountLayout } from './AccountLayout';
import { RequestPasswordResetDocument } from './operations';

export default function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  return (
    <AccountLayout title={t('forgotTitle')}>
      <ForgotPasswordForm />
    </AccountLayout>
  );
}

function ForgotPasswordForm() {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [{ fetching }, request] = useMutation(RequestPasswordResetDocument);
  // The server answers the same whether or not the email has an account, and so do we.
  if (sent) return <Notice tone="success" title={t('checkInbox')}>{t('resetSent', { email })}</Notice>;
  return (
    <form
      className="stack stack-m"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        void request({ email: email.trim() }).then((result) => {
          if (result.error) return setProblem(describeFailure(t, result.error));
          const userError = result.data?.requestPasswordReset.userErrors[0];
          if (userError) return setProblem(describeError(t, userError));
          setSent(true);
        });
      }}
    >
      <p className="muted">{t('forgotLead')}</p>
      <TextField label={t('email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="email" required />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button type="submit" busy={fetching}>{t('sendResetLink')}</Button>
    </form>
  );
}
