import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client';
import type { RequestOf, ResponseOf } from '../../../api/types';
import { Alert, Button, Card, fieldError, ProblemAlert } from '../../../ui';
import { createBody, formOf, patchBody, type FormValues, type Rec } from '../master-data/form-values';
import { FieldInput } from '../master-data/ResourceForm';
import { SETTING_GROUPS, SOURCE_SYSTEM_CONFIG } from './settings';

export type SourceSystem = ResponseOf<'/api/v1/source-systems/{sourceSystemId}', 'get'>;

/** All settings of a source system, grouped; a change sends only what changed, with the version it was read at. */
export function SourceSystemForm({ source, canEdit, onSaved, onClose }: { source?: SourceSystem; canEdit: boolean; onSaved: (saved: SourceSystem) => void; onClose: () => void }) {
  const queryClient = useQueryClient();
  const before = source as Rec | undefined;
  const [values, setValues] = useState<FormValues>(() => formOf(SOURCE_SYSTEM_CONFIG, before));
  const save = useMutation({
    mutationFn: () =>
      source
        ? unwrap(
            api.PATCH('/api/v1/source-systems/{sourceSystemId}', {
              params: { path: { sourceSystemId: source.sourceSystemId } },
              body: { ...patchBody(SOURCE_SYSTEM_CONFIG, values, before ?? {}), expectedVersion: source.version },
            }),
          )
        : unwrap(api.POST('/api/v1/source-systems', { body: createBody(SOURCE_SYSTEM_CONFIG, values) as RequestOf<'/api/v1/source-systems', 'post'> })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['source-systems'] });
      void queryClient.invalidateQueries({ queryKey: ['integration-monitoring'] });
      onSaved(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = source ? `Settings of ${source.name} (${source.sourceSystemId})` : 'New source system';
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
        {save.isSuccess && <Alert tone="ok">Saved.</Alert>}
        <div className="qs-row">
          {canEdit && (
            <Button type="submit" busy={save.isPending}>
              {source ? 'Save settings' : 'Register source system'}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </form>
    </Card>
  );
}
