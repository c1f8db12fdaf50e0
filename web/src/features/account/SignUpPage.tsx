import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure, type UserErrorLike } from '../../lib/errors';
import { signIn } from '../../lib/auth/auth';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { AccountLayout, splitErrors } from './AccountLayout';
import { SignUpDocument } from './operations';

export default function SignUpPage() {
  const { t } = useTranslation('account');
  return (
    <AccountLayout title={t('signUpTitle')}>
      <SignUpForm />
    </AccountLayout>
  );
}

function SignUpForm() {
  const { t } = useTranslation('account');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, signUp] = useMutation(SignUpDocument);

  if (done) {
    return (
      <div className="stack stack-m">
        <Notice tone="success" title={t('checkInbox')}>{t('signUpSent', { email })}</Notice>
        <div><Button onClick={() => void signIn('/')}>{t('common:signIn')}</Button></div>
      </div>
    );
  }

  const { byField, general } = splitErrors(errors, ['displayName', 'email', 'password']);
  const fieldError = (name: string) => {
    const fieldErrors = byField.get(name) ?? [];
    return fieldErrors.length > 0 ? fieldErrors.map((error) => describeError(t, error)).join(' ') : null;
  };

  return (
    <form
      className="stack stack-m"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        void signUp({ input: { displayName: displayName.trim(), email: email.trim(), password } }).then((result) => {
          if (result.error) return setFailure(describeFailure(t, result.error));
          const userErrors = result.data?.signUp.userErrors ?? [];
          setErrors(userErrors);
          if (userErrors.length === 0) setDone(true);
        });
      }}
    >
      <p className="muted">{t('signUpLead')}</p>
      <TextField label={t('displayName')} value={displayName} onChange={(event) => setDisplayName(event.target.value)} autoComplete="name" required error={fieldError('displayName')} />
      <TextField label={t('email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="email" required error={fieldError('email')} />
      <TextField label={t('password')} type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" required hint={t('passwordHint')} error={fieldError('password')} />
      {general.map((error) => <Notice key={error.code + error.message} tone="error">{describeError(t, error)}</Notice>)}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Button type="submit" busy={fetching}>{t('signUpButton')}</Button>
      <p><a href="/forgot-password">{t('forgotPassword')}</a></p>
    </form>
  );
}
