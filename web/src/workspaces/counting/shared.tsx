import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { useWarehouseOptions } from '../../api/warehouses';
import { SelectField } from '../../ui';
import type { SelectFieldProps } from '../../ui/Field';

export type JournalLine = ResponseOf<'/api/v1/counting-journals/{journalId}', 'get'>['lines'][number];

/** The warehouses to choose from. */
export function WarehouseSelect(props: Omit<SelectFieldProps, 'options' | 'label'> & { label?: string }) {
  const { t } = useTranslation('counting');
  return <SelectField label={t('shared.warehouse')} {...props} options={useWarehouseOptions()} />;
}

/** "A-01, A-02  B-03" → ["A-01", "A-02", "B-03"]: ids typed or pasted as a list. */
export function splitIds(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A number field's value for the API: empty means "not given". */
export function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function where(line: { warehouseId: string; locationId: string | null; licensePlateId: string | null }): string {
  return [line.warehouseId, line.locationId, line.licensePlateId].filter(Boolean).join(' / ');
}
