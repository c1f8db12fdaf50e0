import type { ReactNode } from 'react';

export function Card({ title, actions, children, className }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`card${className ? ` ${className}` : ''}`}>
      {title || actions ? (
        <header className="card-header">
          {title ? <h2 className="card-title">{title}</h2> : null}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}

export function PageTitle({ children, subtitle }: { children: ReactNode; subtitle?: ReactNode }) {
  return (
    <div className="page-title">
      <h1>{children}</h1>
      {subtitle ? <p className="muted">{subtitle}</p> : null}
    </div>
  );
}

export function Stack({ gap = 'm', children, row = false }: { gap?: 's' | 'm' | 'l'; children: ReactNode; row?: boolean }) {
  return <div className={`stack stack-${gap}${row ? ' stack-row' : ''}`}>{children}</div>;
}
