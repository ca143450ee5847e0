import type { ReactNode } from 'react';
import { isProblem } from '../api/problem';

export function Alert({ tone, title, children }: { tone: 'ok' | 'warn' | 'bad'; title?: string; children?: ReactNode }) {
  return (
    <div className="qs-alert" data-tone={tone} role={tone === 'bad' ? 'alert' : 'status'}>
      {title && <strong>{title}</strong>}
      {children}
    </div>
  );
}

/** Shows the server's problem+json: title, detail and every field with its reason. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  if (!isProblem(error)) return <Alert tone="bad" title="Something went wrong">{error instanceof Error ? error.message : 'The screen could not finish this step.'}</Alert>;
  return (
    <Alert tone={error.offline ? 'warn' : 'bad'} title={error.title}>
      {error.detail && error.detail !== error.title && <div>{error.detail}</div>}
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e, i) => (
            <li key={`${e.field}-${String(i)}`}>
              <code>{e.field}</code>: {e.reason}
              {e.value !== undefined && <> (was {JSON.stringify(e.value)})</>}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The reason the server gave for one field, to show next to that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isProblem(error)) return undefined;
  return error.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`) || e.field.endsWith(`/${field}`))?.reason;
}
