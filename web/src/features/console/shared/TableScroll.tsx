import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls inside this region, not the page; the region is focusable and named,
 * so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap console-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
