import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { Link, useParams } from 'react-router';
import { useCountingJournal, usePostCountingJournal, useRegisterCounts } from '../../api/counting-journals';
import { Alert, Button, Card, DataTable, Empty, Fetched, formatDateTime, formatQuantity, KeyValues, ProblemAlert, StatusPill, TextField, type Column, wholeList } from '../../ui';
import { ledgerHref } from '../../app/stock-links';
import { useInventoryUnits } from '../../api/item-units';
import { FoundStock } from './FoundStock';
import { where, type JournalLine } from './shared';
import { useMay } from '../../auth/roles';

/** One journal: its lines with the snapshot, what moved since and the count; counts are registered here and the journal posted. */
export function JournalDetail() {
  const { t } = useTranslation('counting');
  const { journalId = '' } = useParams();
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const journal = useCountingJournal(journalId);
  const unitOf = useInventoryUnits(journal.data?.lines.map((l) => l.itemNumber) ?? []);
  const [counts, setCounts] = useState<Record<number, string>>({});
  const register = useRegisterCounts(journalId, { onSuccess: () => setCounts({}) });
  const post = usePostCountingJournal(journalId);

  return (
    <Fetched query={journal} what={t('journal.loading')}>
      {(j) => {
        const open = j.status === 'Open';
        const typed = Object.values(counts).some((v) => v.trim() !== '');
        const columns: Column<JournalLine>[] = [
          { header: t('journal.line'), numeric: true, cell: (l) => l.lineNumber },
          {
      header: t('journal.item'),
      cell: (l) => (
        <Link to={ledgerHref(l)} aria-label={t('journal.ledgerOf', { item: l.itemNumber, line: l.lineNumber })}>
          {l.itemNumber}
        </Link>
      ),
    },
          { header: t('journal.where'), cell: where },
          { header: t('journal.owner'), cell: (l) => l.ownerId },
          { header: t('journal.status'), cell: (l) => l.inventoryStatusId },
          { header: t('journal.batch'), cell: (l) => l.batchNumber ?? '—' },
          { header: t('journal.snapshot'), numeric: true, cell: (l) => formatQuantity(l.snapshotQuantity, unitOf(l.itemNumber)) },
          { header: t('journal.movedSince'), numeric: true, cell: (l) => formatQuantity(l.movedSinceSnapshotQuantity, unitOf(l.itemNumber)) },
          { header: t('journal.onHandAtCount'), numeric: true, cell: (l) => formatQuantity(l.onHandQuantity, unitOf(l.itemNumber)) },
          {
            header: t('journal.counted'),
            numeric: true,
            cell: (l) =>
              open ? (
                <TextField
                  label={t('journal.countedLine', { line: l.lineNumber, item: l.itemNumber, where: where(l) })}
                  type="number"
                  step="any"
                  min="0"
                  inputMode="decimal"
                  placeholder={l.countedQuantity === null ? '' : String(l.countedQuantity)}
                  value={counts[l.lineNumber] ?? ''}
                  onChange={(e) => setCounts((c) => ({ ...c, [l.lineNumber]: e.target.value }))}
                />
              ) : (
                formatQuantity(l.countedQuantity, unitOf(l.itemNumber))
              ),
          },
          { header: t('journal.adjustment'), numeric: true, cell: (l) => (l.adjustmentQuantity === null ? '—' : `${l.adjustmentQuantity > 0 ? '+' : ''}${formatQuantity(l.adjustmentQuantity, unitOf(l.itemNumber))}`) },
          { header: t('journal.countedBy'), cell: (l) => (l.countedBy ? `${l.countedBy}, ${formatDateTime(l.countingDate)}` : '—') },
        ];
        const submit = (e: FormEvent) => {
          e.preventDefault();
          register.mutate(
            Object.entries(counts)
              .filter(([, v]) => v.trim() !== '')
              .map(([line, v]) => ({ lineNumber: Number(line), countedQuantity: Number(v) })),
          );
        };
        return (
          <div className="qs-stack">
            <p>
              <Link to="/workspaces/counting/journals">{t('journal.all')}</Link>
            </p>
            <Card title={t('journal.title', { id: j.journalId })}>
              <KeyValues
                entries={[
                  [t('journal.status'), <StatusPill key="s" status={j.status} />],
                  [t('journal.journalName'), j.journalNameId],
                  [t('journal.description'), j.description || '—'],
                  [t('journal.warehouse'), j.warehouseId],
                  [t('journal.countingBy'), t(`journals.by.${j.countingBy as 'Location'}`, { defaultValue: j.countingBy })],
                  [t('journal.created'), t('journals.byWhom', { at: formatDateTime(j.createdAt), who: j.createdBy })],
                  [t('journal.posted'), j.postedAt ? t('journal.postedBy', { at: formatDateTime(j.postedAt), who: j.postedBy ?? '—', seq: j.postingSequence }) : '—'],
                ]}
              />
            </Card>
            <Card title={t('journal.lines')}>
              <p className="qs-muted">{t('journal.compareHint')}</p>
              <form className="qs-stack" onSubmit={submit} aria-label={t('journal.register')}>
                {j.lines.length === 0 ? (
                  <Empty>{t('journal.noLines')}</Empty>
                ) : (
                  <DataTable caption={t('journal.caption')} columns={columns} query={wholeList(j.lines)} rowKey={(l) => l.lineNumber} />
                )}
                <ProblemAlert error={register.error} />
                {open && (
                  <div className="qs-row">
                    <Button type="submit" busy={register.isPending} disabled={!typed || j.lines.length === 0}>
                      {t('journal.register')}
                    </Button>
                    {mayDecide && (
                      <Button variant="secondary" busy={post.isPending} onClick={() => post.mutate()}>
                        {t('journal.post')}
                      </Button>
                    )}
                  </div>
                )}
              </form>
              <ProblemAlert error={post.error} />
              {post.isSuccess && <Alert tone="ok" title={t('journal.postedTitle')}>{t('journal.postedText')}</Alert>}
            </Card>
            {open && <FoundStock journal={j} />}
          </div>
        );
      }}
    </Fetched>
  );
}
