import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { Alert, Card, ConfirmButton, ProblemAlert, SelectField, TextField, formatQuantity } from '../../ui';

export interface RemainderLine {
  lineNumber: number;
  itemNumber: string;
  /** The line's own unit: the remainder is given in it. */
  unit: string;
  remaining: number;
  remainingUnit: string;
}

interface Props {
  direction: 'inbound' | 'outbound';
  lines: readonly RemainderLine[];
  remainder: {
    isPending: boolean;
    error: unknown;
    data: { orderLineNumber: number; remainingQuantity: number } | undefined;
    mutate: (variables: { orderLineNumber: number; remainingQuantity: number }) => void;
  };
}

/** Sets what an order line still expects (reference "Update line > Delivery remainder"), after saying what will happen. */
export function DeliveryRemainder({ direction, lines, remainder }: Props) {
  const { t } = useTranslation('orders');
  const [lineNumber, setLineNumber] = useState(String(lines[0]?.lineNumber ?? ''));
  const [quantity, setQuantity] = useState('0');
  const line = lines.find((l) => String(l.lineNumber) === lineNumber);
  if (lines.length === 0) return null;
  const valid = line !== undefined && quantity.trim() !== '' && Number.isFinite(Number(quantity)) && Number(quantity) >= 0;
  return (
    <Card title={t('remainder.title')}>
      <p className="qs-muted">{t(direction === 'inbound' ? 'remainder.hint_inbound' : 'remainder.hint_outbound')}</p>
      <div className="qs-row">
        <SelectField
          label={t('remainder.line')}
          options={lines.map((l) => ({ value: String(l.lineNumber), label: t('remainder.lineOption', { line: l.lineNumber, item: l.itemNumber, remaining: formatQuantity(l.remaining, l.remainingUnit) }) }))}
          value={lineNumber}
          onChange={(e) => setLineNumber(e.target.value)}
        />
        <TextField label={t('remainder.quantity', { unit: line?.unit ?? '' })} type="number" min="0" step="any" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        <ConfirmButton
          variant="primary"
          disabled={!valid}
          busy={remainder.isPending}
          question={t('remainder.question', { line: lineNumber, quantity, unit: line?.unit ?? '' })}
          consequences={<p>{t(direction === 'inbound' ? 'remainder.consequence_inbound' : 'remainder.consequence_outbound', { quantity, unit: line?.unit ?? '' })}</p>}
          onConfirm={() => remainder.mutate({ orderLineNumber: Number(lineNumber), remainingQuantity: Number(quantity) })}
        >
          {t('remainder.set')}
        </ConfirmButton>
      </div>
      {remainder.data && (
        <Alert tone="ok">
          {t('remainder.done', { line: remainder.data.orderLineNumber, remaining: formatQuantity(remainder.data.remainingQuantity, lines.find((l) => l.lineNumber === remainder.data?.orderLineNumber)?.remainingUnit) })}
        </Alert>
      )}
      <ProblemAlert error={remainder.error} />
    </Card>
  );
}
