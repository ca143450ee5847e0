import { formatDateTime } from '../../../ui';
import type { ResourceConfig, ResourceField } from './resources';

export type Rec = Record<string, unknown>;
export type FormValues = Record<string, string>;

export const editable = (config: ResourceConfig) => config.fields.filter((f) => !f.readOnly);

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The form's text per field, for a new record (the initial values) or an existing one. */
export function formOf(config: ResourceConfig, record?: Rec): FormValues {
  const values: FormValues = {};
  for (const field of editable(config)) values[field.name] = record ? textOf(record[field.name]) : (field.initial ?? '');
  return values;
}

/** Text as the JSON value the API takes; text that is no number is sent as typed, so the server names the field. */
function valueOf(field: ResourceField, text: string): unknown {
  const trimmed = text.trim();
  if (field.kind === 'flag') return trimmed === 'true';
  if (trimmed === '') return field.nullable ? null : field.kind === 'text' || field.kind === 'enum' ? '' : null;
  if (field.kind === 'int' || field.kind === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  return trimmed;
}

export function createBody(config: ResourceConfig, values: FormValues): Rec {
  const body: Rec = {};
  for (const field of editable(config)) {
    const text = values[field.name] ?? '';
    if (text.trim() === '' && !field.required && field.kind !== 'flag') continue;
    body[field.name] = valueOf(field, text);
  }
  return body;
}

/** Only what changed; the key never changes. */
export function patchBody(config: ResourceConfig, values: FormValues, before: Rec): Rec {
  const was = formOf(config, before);
  const body: Rec = {};
  for (const field of editable(config)) {
    if (field.key) continue;
    const text = values[field.name] ?? '';
    if (text !== was[field.name]) body[field.name] = valueOf(field, text);
  }
  return body;
}

export function keyOf(config: ResourceConfig, record: Rec): Record<string, string | number> {
  const key: Record<string, string | number> = {};
  for (const name of config.urlKey) {
    const value = record[name];
    key[name] = typeof value === 'number' ? value : textOf(value);
  }
  return key;
}

export function describeKey(config: ResourceConfig, record: Rec): string {
  return config.urlKey.map((name) => textOf(record[name]) || '—').join(' / ');
}

export const onePath = (config: ResourceConfig) => `${config.path}/${config.urlKey.map((k) => `{${k}}`).join('/')}`;

export function displayOf(field: ResourceField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.kind === 'flag') return value === true ? 'Yes' : 'No';
  if (field.kind === 'date') return formatDateTime(textOf(value));
  return textOf(value);
}
