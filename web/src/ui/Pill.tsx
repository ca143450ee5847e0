import { useTranslation } from '../i18n';

const GOOD = new Set(['Accepted', 'Closed', 'Completed', 'Posted', 'Shipped', 'Received', 'Released', 'Executed', 'Loaded', 'delivered', 'succeeded', 'Active', 'Accept', 'Picked', 'Deducted', 'Succeeded', 'sent']);
const BAD = new Set(['Failed', 'Canceled', 'Cancelled', 'dead', 'failed', 'Rejected', 'Disabled', 'Short', 'Refused', 'Expired']);
const WARN = new Set(['PendingReview', 'Partially released', 'PartiallyReleased', 'Partially shipped', 'PartiallyShipped', 'Draft', 'Held', 'pending', 'InProcess', 'In process', 'queued', 'sending']);

/** A status as a coloured label in the user's language; the colour follows the API's word, so every screen agrees. */
export function StatusPill({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('status');
  if (!status) return <span className="qs-muted">—</span>;
  const tone = GOOD.has(status) ? 'ok' : BAD.has(status) ? 'bad' : WARN.has(status) ? 'warn' : undefined;
  return (
    <span className="qs-pill" data-tone={tone}>
      {t(status as never, { defaultValue: status })}
    </span>
  );
}
