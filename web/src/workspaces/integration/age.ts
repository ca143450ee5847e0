import { i18n } from '../../i18n';

const t = (key: string, values: Record<string, number>) => i18n.t(`integration:age.${key}` as never, values);

/** A wait in seconds as the largest sensible unit, e.g. "3 min" or "2 h 5 min". */
export function formatAge(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return t('seconds', { n: Math.round(seconds) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('hoursMinutes', { h: hours, m: minutes % 60 });
  return t('daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
}

export function formatInterval(seconds: number): string {
  if (seconds % 3600 === 0) return t('everyHours', { n: seconds / 3600 });
  if (seconds % 60 === 0) return t('everyMinutes', { n: seconds / 60 });
  return t('everySeconds', { n: seconds });
}
