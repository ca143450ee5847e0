import { i18n } from '../i18n';

type TermGroup = 'workType' | 'lineType' | 'orderType' | 'locationType' | 'movementKind';

/** An API code of a kind (work type "PutAway", order type, location type) in the user's language; unknown codes as they are. */
export function term(group: TermGroup, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return i18n.t(`terms:${group}.${code}` as never, { defaultValue: code });
}

/** A status as a person says it, for text where a pill does not fit (choices, titles). */
export function statusText(status: string): string {
  return i18n.t(`status:${status}` as never, { defaultValue: status });
}

/** Filter choices of statuses: the API's value sent, the word shown. */
export function statusOptions(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: statusText(value) }));
}

/** Filter choices of a kind of code (work types...). */
export function termOptions(group: TermGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: term(group, value) }));
}
