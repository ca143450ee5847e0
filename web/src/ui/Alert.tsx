import type { ReactNode } from 'react';
import { isProblem } from '../api/problem';
import { currentLanguage, useTranslation } from '../i18n';
import { fieldLabel, reasonText } from './problem-words';

export function Alert({ tone, title, children }: { tone: 'ok' | 'warn' | 'bad'; title?: string; children?: ReactNode }) {
  return (
    <div className="qs-alert" data-tone={tone} role={tone === 'bad' ? 'alert' : 'status'}>
      {title && <strong>{title}</strong>}
      {children}
    </div>
  );
}

/**
 * Shows the server's problem+json: title, detail and every field with its reason, the field named as a
 * person reads it ("Row 1: item number", not `rows[0].itemNumber`) in the user's language. The server's
 * titles are English; other languages show the meaning of the HTTP status instead.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('fields');
  if (!error) return null;
  if (!isProblem(error)) return <Alert tone="bad" title={t('somethingWrong')}>{error instanceof Error ? error.message : t('stepFailed')}</Alert>;
  const title = currentLanguage() === 'en' ? error.title : t(`problemTitle.s${String(error.status)}` as never, { defaultValue: error.title });
  // With fields listed, the detail only repeats them with the API's names.
  const detail = error.errors.length === 0 && error.detail && error.detail !== error.title ? error.detail : undefined;
  return (
    <Alert tone={error.offline ? 'warn' : 'bad'} title={title}>
      {detail && <div>{detail}</div>}
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e, i) => (
            <li key={`${e.field}-${String(i)}`}>
              {fieldLabel(e.field)}: {reasonText(e.reason)}
              {e.value !== undefined && <> ({t('was', { value: JSON.stringify(e.value) })})</>}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The reason the server gave for one field, in the user's language, to show next to that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isProblem(error)) return undefined;
  const reason = error.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`) || e.field.endsWith(`/${field}`))?.reason;
  return reason === undefined ? undefined : reasonText(reason);
}
