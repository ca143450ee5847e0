import { useState, type FormEvent } from 'react';
import { i18n, useTranslation } from '../../../i18n';
import type { LooseInit } from '../../../api/loose-api';
import { useLooseMutation } from '../../../api/master-data';
import type { QueryKeys } from '../../../api/query-keys';
import { Alert, Button, Card, ProblemAlert, TextField } from '../../../ui';

interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** A file as the import route takes it: CSV as text/csv (the server names CSV lines), anything else as a JSON array. */
export async function importBody(file: File, csvAsJson = false): Promise<LooseInit> {
  const text = await file.text();
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  if (csv && csvAsJson) return { body: csvRows(text) };
  if (csv) return { body: text, bodySerializer: (b) => String(b), headers: { 'content-type': 'text/csv' } };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch (cause) {
    throw new Error(i18n.t('setup:importCard.notReadable', { file: file.name, reason: cause instanceof Error ? cause.message : String(cause) }), { cause });
  }
}

/** Simple CSV (no quoted separators) as JSON rows, for the imports that take JSON only. */
function csvRows(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0] ?? '';
  const separator = [',', ';', '\t'].sort((a, b) => header.split(b).length - header.split(a).length)[0] ?? ',';
  const cells = (line: string) => line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const names = cells(header);
  return lines.slice(1).map((line) => Object.fromEntries(cells(line).map((value, i) => [names[i] ?? `column${String(i + 1)}`, value])));
}

/** All or nothing: either every row is written, or nothing is and every row's problem is listed. */
export function ImportCard({ title, path, keys, hint, csvAsJson = false }: { title: string; path: string; keys: QueryKeys; hint: string; csvAsJson?: boolean }) {
  const { t } = useTranslation('setup');
  const [file, setFile] = useState<File>();
  const run = useLooseMutation<ImportResult>(keys);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) run.mutate({ method: 'POST', path, init: () => importBody(file, csvAsJson) });
  };
  return (
    <Card title={title}>
      <form className="qs-row" onSubmit={submit}>
        <TextField label="File to import (CSV or JSON)" type="file" accept=".csv,.json,text/csv,application/json" hint={hint} onChange={(e) => setFile(e.target.files?.[0])} />
        <Button type="submit" disabled={!file} busy={run.isPending}>
          {t('importCard.import')}
        </Button>
      </form>
      {run.data && (
        <Alert tone="ok" title={t('importCard.imported')}>
          {run.data.created} created, {run.data.updated} updated, {run.data.unchanged} unchanged.
        </Alert>
      )}
      {run.error !== null && (
        <>
          <p>Nothing was imported. Correct these rows and import the file again:</p>
          <ProblemAlert error={run.error} />
        </>
      )}
    </Card>
  );
}
