import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { useSaveSourceSystem, type SourceSystem } from '../../../api/source-systems';
import type { RequestOf } from '../../../api/types';
import { Alert, Button, Card, fieldError, ProblemAlert } from '../../../ui';
import { createBody, formOf, patchBody, type FormValues, type Rec } from '../master-data/form-values';
import { FieldInput } from '../master-data/ResourceForm';
import { SETTING_GROUPS, SOURCE_SYSTEM_CONFIG } from './settings';

export type { SourceSystem };

/** All settings of a source system, grouped; a change sends only what changed, with the version it was read at. */
export function SourceSystemForm({ source, canEdit, onSaved, onClose }: { source?: SourceSystem; canEdit: boolean; onSaved: (saved: SourceSystem) => void; onClose: () => void }) {
  const { t } = useTranslation('setup');
  const before = source as Rec | undefined;
  const [values, setValues] = useState<FormValues>(() => formOf(SOURCE_SYSTEM_CONFIG, before));
  const save = useSaveSourceSystem({ onSuccess: onSaved });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      source
        ? { sourceSystemId: source.sourceSystemId, patch: { ...patchBody(SOURCE_SYSTEM_CONFIG, values, before ?? {}), expectedVersion: source.version } }
        : { create: createBody(SOURCE_SYSTEM_CONFIG, values) as RequestOf<'/api/v1/source-systems', 'post'> },
    );
  };
  const title = source ? t('sourceSystemForm.settingsOf', { name: source.name, id: source.sourceSystemId }) : t('sourceSystemForm.new');
  return (
    <Card title={title}>
      <form className="qs-stack" onSubmit={submit} aria-label={title}>
        {SETTING_GROUPS.map((group) => (
          <section key={group.title} className="qs-stack" aria-label={group.title}>
            <h3>{group.title}</h3>
            <div className="qs-grid">
              {group.fields
                .filter((f) => !source || !f.key)
                .map((field) => (
                  <FieldInput
                    key={field.name}
                    field={field}
                    value={values[field.name] ?? ''}
                    error={fieldError(save.error, field.name)}
                    onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
                  />
                ))}
            </div>
          </section>
        ))}
        <ProblemAlert error={save.error} />
        {save.isSuccess && <Alert tone="ok">{t('sourceSystemForm.saved')}</Alert>}
        <div className="qs-row">
          {canEdit && (
            <Button type="submit" busy={save.isPending}>
              {source ? t('sourceSystemForm.save') : t('sourceSystemForm.register')}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            {t('sourceSystemForm.close')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
