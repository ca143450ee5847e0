const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

export function formatQuantity(value: number | string | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  const text = Number.isNaN(n) ? String(value) : number.format(n);
  return unit ? `${text} ${unit}` : text;
}
