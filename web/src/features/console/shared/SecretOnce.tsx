import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';

/** A secret the API shows exactly once: displayed to copy now, with a way to dismiss it. */
export function SecretOnce({ label, secret, onDismiss }: { label: string; secret: string; onDismiss: () => void }) {
  const { t } = useTranslation('console');
  return (
    <Notice tone="warning" title={t('secret.title')}>
      <p>{t('secret.once')}</p>
      <p>
        <span>{label}: </span>
        <code className="console-secret">{secret}</code>
      </p>
      <div className="console-actions">
        <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(secret)}>{t('secret.copy')}</Button>
        <Button variant="ghost" onClick={onDismiss}>{t('secret.dismiss')}</Button>
      </div>
    </Notice>
  );
}
