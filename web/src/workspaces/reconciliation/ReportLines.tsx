import { Link } from 'react-router';
import { useOnHandReport, useOnHandReportLines } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Card, type Column, DataTable, Fetched, FilterForm, formatDateTime, formatQuantity, KeyValues, useListState } from '../../ui';
import { onHandHref } from '../../app/stock-links';
import { useInventoryUnits } from '../../api/item-units';
import { levelLabel } from './dimension-levels';
import { RECONCILIATION_PATH } from './SourceSystemPicker';

type Line = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}/lines', 'get'>['items'][number];

/** One report's lines, each in Quayside's ids and the source system's. */
export function ReportLines({ sourceSystemId, reportId }: { sourceSystemId: string; reportId: string }) {
  const list = useListState('lines', ['itemNumber', 'warehouseId'], 50);
  const header = useOnHandReport(sourceSystemId, reportId);
  const lines = useOnHandReportLines(sourceSystemId, reportId, list.query);
  const unitOf = useInventoryUnits(lines.data?.items.map((l) => l.itemNumber) ?? []);
  const columns: Column<Line>[] = [
    { header: 'Line', numeric: true, cell: (l) => l.lineNumber },
    {
      header: 'Item',
      cell: (l) => (
        <Link to={onHandHref({ itemNumber: l.itemNumber, warehouseId: l.warehouseId })} aria-label={`${l.itemNumber}: on-hand now`}>
          {l.itemNumber}
        </Link>
      ),
    },
    { header: `Item in ${sourceSystemId}`, cell: (l) => l.sourceSystemItemNumber },
    { header: 'Warehouse', cell: (l) => l.warehouseId ?? '—' },
    { header: 'Location', cell: (l) => l.locationId ?? '—' },
    { header: 'License plate', cell: (l) => l.licensePlateId ?? '—' },
    { header: 'Status', cell: (l) => l.inventoryStatusId ?? '—' },
    { header: 'Owner', cell: (l) => l.inventoryOwnerId ?? '—' },
    { header: `Owner in ${sourceSystemId}`, cell: (l) => l.sourceSystemInventoryOwnerId ?? '—' },
    { header: 'Batch', cell: (l) => l.batchNumber ?? '—' },
    { header: 'Serial', cell: (l) => l.serialNumber ?? '—' },
    { header: 'On-hand', numeric: true, cell: (l) => formatQuantity(l.onHandQuantity, unitOf(l.itemNumber)) },
  ];
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${RECONCILIATION_PATH}/${encodeURIComponent(sourceSystemId)}/reports`}>All on-hand reports</Link>
      </p>
      <Fetched query={header} what="Loading the report">
        {(r) => (
          <Card title={`On-hand report ${r.reportId}`}>
            <KeyValues
              entries={[
                ['Source system', r.sourceSystemId],
                ['As of', `end of ${r.inventoryAsOfDate} (UTC)`],
                ['Levels', ['Item', ...r.dimensions.map(levelLabel)].join(', ')],
                ['Quantities', r.includeRegisteredAndPickedTransactions ? 'Physical stock, with receipts not yet receiving-completed and picks not yet ship-confirmed' : 'What the documents reported (receipts receiving-completed, picks ship-confirmed)'],
                ['Lines', String(r.lineCount)],
                ['Created', `${formatDateTime(r.reportExecutionTime)} (${r.trigger})`],
              ]}
            />
          </Card>
        )}
      </Fetched>
      <Card title="Lines">
        <FilterForm
          label="Filter report lines"
          prefix="lines"
          list={list}
          fields={[
            { name: 'itemNumber', label: 'Item' },
            { name: 'warehouseId', label: 'Warehouse' },
          ]}
        />
        <DataTable caption={`Lines of on-hand report ${reportId}`} columns={columns} query={lines} rowKey={(l) => l.lineNumber} list={list} empty="No stock of this source system's items and owners at that time." />
      </Card>
    </div>
  );
}
