import { useTranslation } from 'react-i18next';
import { useLiveState } from '../lib/graphql/connection';

/** Shown while the live connection is lost: updates resume (and the page catches up) once it is back. */
export function LiveBanner() {
  const state = useLiveState();
  const { t } = useTranslation();
  if (state !== 'reconnecting') return null;
  return (
    <div className="live-banner" role="status" data-testid="reconnecting">
      <span className="spinner spinner-inline" aria-hidden="true" />
      {t('reconnecting')}
    </div>
  );
}
