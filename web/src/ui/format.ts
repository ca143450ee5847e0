import { currentLanguage, type Language } from '../i18n';

/** Formatters per language, made once: dates and numbers follow the language the user chose. */
const formatters = new Map<Language, { dateTime: Intl.DateTimeFormat; number: Intl.NumberFormat }>();
function formatter() {
  const language = currentLanguage();
  let found = formatters.get(language);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }),
      number: new Intl.NumberFormat(language, { maximumFractionDigits: 6 }),
    };
    formatters.set(language, found);
  }
  return found;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatter().dateTime.format(date);
}

export function formatQuantity(value: number | string | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  const text = Number.isNaN(n) ? String(value) : formatter().number.format(n);
  return unit ? `${text} ${unit}` : text;
}

/**
 * The instant a YYYY-MM-DD day starts in the browser's time zone, `days` later, as ISO text for the API;
 * undefined for no day or a bad one. A filter "to day 5 (included)" sends the start of day 6.
 */
export function localDayStart(day: string | undefined, days = 0): string | undefined {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
