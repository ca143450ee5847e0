import { useEffect, type ReactNode } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Quayside`;
  }, [title]);
  return (
    <div className="qs-page-header">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

export function Card({ title, children, actions }: { title?: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="qs-card qs-stack" aria-label={title}>
      {(title || actions) && (
        <div className="qs-card-head">
          {title && <h2>{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

export function KeyValues({ entries }: { entries: [string, ReactNode][] }) {
  return (
    <dl className="qs-kv">
      {entries.map(([k, v]) => (
        <div key={k} className="qs-kv-pair">
          <dt>{k}</dt>
          <dd>{v ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
