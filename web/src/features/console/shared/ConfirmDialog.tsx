import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { Button } from '../../../ui/Button';

/** Asks once more before something that cannot be undone (remove, revoke, delete). */
export function ConfirmDialog({ open, title, children, confirmLabel, busy, onConfirm, onClose }: {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('console');
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="stack stack-m">
        {children}
        <div className="console-actions">
          <Button variant="danger" busy={busy} onClick={onConfirm}>{confirmLabel}</Button>
          <Button variant="secondary" onClick={onClose}>{t('common:cancel')}</Button>
        </div>
      </div>
    </Dialog>
  );
}
