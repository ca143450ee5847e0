import { useState, type FormEvent } from 'react';
import { i18n, useTranslation } from '../../../i18n';
import { useLooseMutation } from '../../../api/master-data';
import { masterDataKeys } from '../../../api/query-keys';
import { Alert, Button, Card, fieldError, ProblemAlert, SelectField, TextField } from '../../../ui';
import { createBody, describeKey, editable, formOf, keyOf, onePath, patchBody, type FormValues, type Rec } from './form-values';
import type { ResourceConfig, ResourceField } from './resources';

const yesNo = () => [
  { value: 'true', label: i18n.t('setup:resource.yes') },
  { value: 'false', label: i18n.t('setup:resource.no') },
];

export function FieldInput({ field, value, error, onChange }: { field: ResourceField; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const hint = [field.required ? i18n.t('setup:form.required') : undefined, field.hint].filter(Boolean).join('. ') || undefined;
  if (field.kind === 'flag') return <SelectField label={field.label} options={yesNo()} value={value} hint={hint} error={error} onChange={(e) => onChange(e.target.value)} />;
  if (field.kind === 'enum')
    return (
      <SelectField
        label={field.label}
        // An optional setting left empty takes the server's default; once set it keeps a value.
        {...(value === '' ? { placeholder: field.required ? i18n.t('setup:form.choose') : i18n.t('setup:form.default') } : {})}
        options={field.options ?? []}
        value={value}
        hint={hint}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  const numeric = field.kind === 'int' || field.kind === 'number';
  return <TextField label={field.label} inputMode={numeric ? 'decimal' : undefined} value={value} hint={hint} error={error} onChange={(e) => onChange(e.target.value)} />;
}

/** Create or change one record of any master data resource; the server's reasons appear next to their fields. */
export function ResourceForm({ config, record, onSaved, onClose }: { config: ResourceConfig; record?: Rec; onSaved: (saved: Rec) => void; onClose: () => void }) {
  const { t } = useTranslation('setup');
  const [values, setValues] = useState<FormValues>(() => formOf(config, record));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [saved, setSaved] = useState(false);
  const keys = masterDataKeys(config.id);
  const save = useLooseMutation<Rec>(keys, {
    onSuccess: (result) => {
      setSaved(true);
      onSaved(result);
    },
  });
  const remove = useLooseMutation(keys, { onSuccess: onClose });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      record
        ? { method: 'PATCH', path: onePath(config), init: { params: { path: keyOf(config, record) }, body: patchBody(config, values, record) } }
        : { method: 'POST', path: config.path, init: { body: createBody(config, values) } },
    );
  };
  const fields = editable(config).filter((f) => !record || !f.key);
  const title = record ? `${config.noun.charAt(0).toUpperCase()}${config.noun.slice(1)} ${describeKey(config, record)}` : t('resource.new', { noun: config.noun });
  return (
    <Card title={title}>
      <form className="qs-stack" onSubmit={submit} aria-label={title}>
        <div className="qs-grid">
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              error={fieldError(save.error, field.name)}
              onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            />
          ))}
        </div>
        <ProblemAlert error={save.error} />
        {saved && !save.isPending && !save.error && <Alert tone="ok">{t('form.saved')}</Alert>}
        <div className="qs-row">
          <Button type="submit" busy={save.isPending}>
            {record ? t('form.save') : t('form.create', { noun: config.noun })}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('form.close')}
          </Button>
          {record && !confirmDelete && (
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              {t('form.delete')}
            </Button>
          )}
        </div>
      </form>
      {record && confirmDelete && (
        <div className="qs-stack">
          <Alert tone="warn" title={t('form.deleteQuestion', { noun: config.noun, key: describeKey(config, record) })}>
            {t('form.deleteText')}
          </Alert>
          <div className="qs-row">
            <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate({ method: 'DELETE', path: onePath(config), init: { params: { path: keyOf(config, record) } } })}>
              {t('form.yesDelete')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
              {t('form.keep')}
            </Button>
          </div>
          <ProblemAlert error={remove.error} />
        </div>
      )}
    </Card>
  );
}
