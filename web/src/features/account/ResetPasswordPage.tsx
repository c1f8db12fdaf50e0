import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { signIn } from '../../lib/auth/auth';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { AccountLayout } from './AccountLayout';
import { ResetPasswordDocument } from './operations';

export default function ResetPasswordPage() {
  const { t } = useTranslation('account');
  return (
    <AccountLayout title={t('resetTitle')}>
      <ResetPasswordForm />
    </AccountLayout>
  );
}

function ResetPasswordForm() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const email = params.get('email') ?? '';
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, reset] = useMutation(ResetPasswordDocument);

  if (!email || !token) return <Notice tone="error">{t('linkIncomplete')} <a href="/forgot-password">{t('requestNewLink')}</a></Notice>;
  if (done) {
    return (
      <div className="stack stack-m">
        <Notice tone="success">{t('passwordChanged')}</Notice>
        <div><Button onClick={() => void signIn('/')}>{t('common:signIn')}</Button></div>
      </div>
    );
  }
  const mismatch = repeat.length > 0 && repeat !== password ? t('passwordsDiffer') : null;
  return (
    <form
      className="stack stack-m"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== repeat) return;
        setProblem(null);
        void reset({ input: { email, token, newPassword: password } }).then((result) => {
          if (result.error) return setProblem(describeFailure(t, result.error));
          const userError = result.data?.resetPassword.userErrors[0];
          if (userError) return setProblem(describeError(t, userError));
          if (result.data?.resetPassword.passwordReset) setDone(true);
        });
      }}
    >
      <p className="muted">{t('resetLead', { email })}</p>
      <TextField label={t('newPassword')} type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" required hint={t('passwordHint')} />
      <TextField label={t('repeatPassword')} type="password" value={repeat} onChange={(event) => setRepeat(event.target.value)} autoComplete="new-password" required error={mismatch} />
      {problem ? <Notice tone="error">{problem} <a href="/forgot-password">{t('requestNewLink')}</a></Notice> : null}
      <Button type="submit" busy={fetching} disabled={!password || password !== repeat}>{t('setPassword')}</Button>
    </form>
  );
}
