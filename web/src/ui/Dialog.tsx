import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal on the browser's own <dialog>: focus moves in and is trapped, Escape closes, and focus returns
 * to what opened it — keyboard users get all of that without a library.
 */
export function Dialog({ open, title, onClose, children }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onClose={onClose} onCancel={onClose}>
      {open ? (
        <>
          <h2 id="dialog-title" className="dialog-title">{title}</h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
