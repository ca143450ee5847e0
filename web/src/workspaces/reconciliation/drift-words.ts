import { i18n } from '../../i18n';
/** What each open document means, in a warehouse manager's words. */
export const REASONS: Record<string, { title: string; reports: string }> = {
  RegisteredNotReceivingCompleted: { title: 'Received, but receiving not completed', reports: 'the shipment receipt at receiving completed will report it' },
  PickedNotShipConfirmed: { title: 'Picked, but not ship-confirmed', reports: 'the packing slip at ship confirm will report it' },
  UpdateLogEntryNotPublished: { title: 'In the update log, not yet published', reports: 'the next publish of the update log will report it' },
  StatusChangeNotReported: { title: 'Inventory status changed, not yet reported', reports: 'the source system has not been told of the change' },
};

export function reasonWords(reason: string): { title: string; reports: string } {
  const english = REASONS[reason] ?? { title: reason, reports: 'an open document' };
  return { title: i18n.t(`reconciliation:reasons.${reason}.title`, { defaultValue: english.title }), reports: i18n.t(`reconciliation:reasons.${reason}.reports`, { defaultValue: english.reports }) };
}

export const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text);
