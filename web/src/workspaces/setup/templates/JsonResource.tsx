import { useState, type FormEvent } from 'react';
import { i18n, useTranslation } from '../../../i18n';
import type { ApiPath } from '../../../api/loose-api';
import { useLooseList, useLooseMutation } from '../../../api/master-data';
import { isProblem } from '../../../api/problem';
import type { QueryKeys } from '../../../api/query-keys';
import { Alert, Button, Card, DataTable, ProblemAlert, TextAreaField, useListState, type Column } from '../../../ui';
import { useSetupRights } from '../rights';

type Rec = Record<string, unknown>;

export interface JsonResourceConfig {
  /** The table's prefix in the address bar. */
  id: string;
  /** The resource's cache keys: the same ones its other screens read it through. */
  keys: QueryKeys;
  title: string;
  noun: string;
  /** The list route, when the API has one. */
  listPath?: ApiPath;
  createPath: ApiPath;
  /** PUT replaces and DELETE removes at this path (with {idField}). */
  onePath?: ApiPath;
  idField: string;
  /** sortable: the list route accepts it as `sort`. */
  columns: { field: string; header: string; sortable?: boolean }[];
  /** What a new one starts from. */
  example: Rec;
  /** Fields of the view that the replace body does not take. */
  notInBody: readonly string[];
}

function cell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? i18n.t('setup:resource.yes') : i18n.t('setup:resource.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function reasons(error: unknown): string | undefined {
  if (!isProblem(error) || error.errors.length === 0) return undefined;
  return error.errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
}

function JsonEditor({ config, record, onDone }: { config: JsonResourceConfig; record?: Rec; onDone: () => void }) {
  const { t } = useTranslation('setup');
  const start = record ? Object.fromEntries(Object.entries(record).filter(([k]) => !config.notInBody.includes(k))) : config.example;
  const [text, setText] = useState(() => JSON.stringify(start, null, 2));
  const [parseError, setParseError] = useState<string>();
  const id = record ? cell(record[config.idField]) : undefined;
  const save = useLooseMutation(config.keys);
  const remove = useLooseMutation(config.keys, { onSuccess: onDone });
  const [confirm, setConfirm] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const body: unknown = JSON.parse(text);
      setParseError(undefined);
      save.mutate(id !== undefined && config.onePath ? { method: 'PUT', path: config.onePath, init: { params: { path: { [config.idField]: id } }, body } } : { method: 'POST', path: config.createPath, init: { body } });
    } catch (cause) {
      setParseError(t('json.notJson', { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  };
  const title = id !== undefined ? `${config.noun} ${id}` : t('resource.new', { noun: config.noun });
  if (id !== undefined && !config.onePath)
    return (
      <Card title={title}>
        <pre className="qs-code">{text}</pre>
        <p className="qs-muted">{t('json.cannotChange', { noun: config.noun })}</p>
        <div className="qs-row">
          <Button variant="secondary" onClick={onDone}>
            {t('json.close')}
          </Button>
        </div>
      </Card>
    );
  return (
    <Card title={title}>
      <form className="qs-stack" onSubmit={submit} aria-label={title}>
        <TextAreaField label={t('json.label', { noun: config.noun })} value={text} rows={16} spellCheck={false} onChange={(e) => setText(e.target.value)} error={parseError ?? reasons(save.error)} />
        <ProblemAlert error={save.error} />
        {save.isSuccess && <Alert tone="ok">{t('form.saved')}</Alert>}
        <div className="qs-row">
          <Button type="submit" busy={save.isPending}>
            {id !== undefined ? t('json.replace') : t('form.create', { noun: config.noun })}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('json.close')}
          </Button>
          {id !== undefined && config.onePath && !confirm && (
            <Button variant="danger" onClick={() => setConfirm(true)}>
              {t('json.delete')}
            </Button>
          )}
        </div>
      </form>
      {confirm && (
        <div className="qs-stack">
          <Alert tone="warn" title={t('form.deleteQuestion', { noun: config.noun, key: id ?? '' })}>
            {t('json.cannotUndo')}
          </Alert>
          <div className="qs-row">
            <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate({ method: 'DELETE', path: config.onePath ?? config.createPath, init: { params: { path: { [config.idField]: id ?? '' } } } })}>
              {t('json.yesDelete')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirm(false)}>
              {t('json.keep')}
            </Button>
          </div>
          <ProblemAlert error={remove.error} />
        </div>
      )}
    </Card>
  );
}

/** Rules with many nested options: listed as a table and edited as JSON, where a form would be too big. */
export function JsonResource({ config }: { config: JsonResourceConfig }) {
  const { t } = useTranslation('setup');
  const list = useListState(config.id, []);
  const [editing, setEditing] = useState<{ record?: Rec } | undefined>();
  const canWrite = useSetupRights().templates;
  const listPath = config.listPath;
  const query = useLooseList<Rec>(config.keys, listPath ?? config.createPath, list.query, listPath !== undefined);
  const columns: Column<Rec>[] = config.columns.map((c) => ({ header: c.header, cell: (row: Rec) => cell(row[c.field]), ...(c.sortable ? { sortKey: c.field } : {}) }));
  return (
    <div className="qs-stack">
      <div className="qs-row">
        <h2>{config.title}</h2>
        {canWrite && <Button onClick={() => setEditing({})}>{t('resource.new', { noun: config.noun })}</Button>}
      </div>
      {editing && <JsonEditor key={editing.record ? cell(editing.record[config.idField]) : 'new'} config={config} {...(editing.record ? { record: editing.record } : {})} onDone={() => setEditing(undefined)} />}
      {listPath ? (
        <DataTable
          caption={config.title}
          columns={columns}
          query={query}
          rowKey={(r) => cell(r[config.idField])}
          list={list}
          {...(canWrite ? { onSelect: (record: Rec) => setEditing({ record }) } : {})}
          empty={t('json.empty', { what: config.title })}
        />
      ) : (
        <p className="qs-muted">{t('json.cannotList', { what: config.title })}</p>
      )}
    </div>
  );
}
