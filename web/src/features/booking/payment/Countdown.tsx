import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Time left on a hold, announced to screen readers each minute rather than each second. */
export function Countdown({ until, onExpired }: { until: string; onExpired?: () => void }) {
  const { t } = useTranslation('booking');
  const deadline = new Date(until).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.round((deadline - now) / 1000));
  useEffect(() => {
    if (left === 0) onExpired?.();
  }, [left, onExpired]);
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return (
    <p className={`countdown${left < 60 ? ' countdown-urgent' : ''}`}>
      <span aria-hidden="true">{t('heldFor', { time: `${minutes}:${seconds}` })}</span>
      <span className="visually-hidden" aria-live="polite">{t('heldForMinutes', { count: Math.ceil(left / 60) })}</span>
    </p>
  );
}
