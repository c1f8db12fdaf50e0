import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import { Button } from '../../ui/Button';

export interface Guest {
  name: string;
  email: string;
}

/** A visitor who has not signed in books with a name and an email, or signs in instead. */
export function GuestDetails({ guest, onChange, onSignIn, allowsGuests, emailError }: {
  guest: Guest;
  onChange: (guest: Guest) => void;
  onSignIn: () => void;
  allowsGuests: boolean;
  emailError: string | null;
}) {
  const { t } = useTranslation('booking');
  if (!allowsGuests) {
    return (
      <div className="stack stack-s">
        <p>{t('signInRequired')}</p>
        <Button variant="secondary" onClick={onSignIn}>{t('common:signIn')}</Button>
      </div>
    );
  }
  return (
    <fieldset className="stack stack-s">
      <legend>{t('yourDetails')}</legend>
      <TextField label={t('name')} value={guest.name} autoComplete="name" required onChange={(event) => onChange({ ...guest, name: event.target.value })} />
      <TextField label={t('email')} type="email" value={guest.email} autoComplete="email" required error={emailError}
        onChange={(event) => onChange({ ...guest, email: event.target.value })} />
      <p className="muted">
        {t('orSignIn')} <button type="button" className="link-button" onClick={onSignIn}>{t('common:signIn')}</button>
      </p>
    </fieldset>
  );
}
