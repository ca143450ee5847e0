import { useNavigate } from 'react-router';
import { useAllSourceSystems } from '../../api/source-systems';
import { Card, Fetched, SelectField } from '../../ui';

export const RECONCILIATION_PATH = '/workspaces/reconciliation';

/** Reconciliation is always with one source system: choosing it puts it in the address. */
export function SourceSystemPicker({ current }: { current?: string | undefined }) {
  const navigate = useNavigate();
  const systems = useAllSourceSystems();
  return (
    <Fetched query={systems} what="Loading source systems">
      {(page) =>
        page.items.length === 0 ? (
          <Card title="No source systems">
            <p>Register a source system (ERP) in Setup first; reconciliation compares the warehouse with what a source system was told.</p>
          </Card>
        ) : (
          <div className="qs-row">
            <SelectField
              label="Source system"
              placeholder={current ? undefined : 'Choose a source system…'}
              options={page.items.map((s) => ({ value: s.sourceSystemId, label: `${s.sourceSystemId} · ${s.name}` }))}
              value={current ?? ''}
              onChange={(e) => {
                if (e.target.value) void navigate(`${RECONCILIATION_PATH}/${encodeURIComponent(e.target.value)}/reports`);
              }}
            />
          </div>
        )
      }
    </Fetched>
  );
}
