import { i18n, useTranslation } from '../../i18n';
import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useUploadAsn } from '../../api/inbound-loads';
import type { RequestOf } from '../../api/types';
import { Alert, Button, Card, ProblemAlert, TextAreaField, TextField } from '../../ui';

type Asn = RequestOf<'/api/v1/inbound-loads/asn', 'post'>;

const EXAMPLE = JSON.stringify(
  {
    receivingWarehouseId: 'WH1',
    transport: { trailerNumber: 'TR-1' },
    shipments: [
      {
        vendorShipmentId: 'VS-1',
        licensePlates: [
          { licensePlateNumber: 'PAL-1', lines: [{ orderNumber: 'PO-1', orderLineNumber: 1, itemNumber: '100-BOLT', quantity: 5, unitSymbol: 'box' }] },
          { licensePlateNumber: 'CASE-1', parentLicensePlateNumber: 'PAL-1', lines: [] },
        ],
      },
    ],
  },
  null,
  2,
);

/** Reads the pasted or chosen JSON; a syntax error is shown like a server refusal, next to the text. */
function parse(text: string): { asn?: Asn; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: i18n.t('inbound:asn_oneObject') };
    return { asn: value as Asn };
  } catch (e) {
    return { error: i18n.t('inbound:asn_notJson', { reason: e instanceof Error ? e.message : String(e) }) };
  }
}

export function AsnUpload() {
  const { t } = useTranslation('inbound');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [syntaxError, setSyntaxError] = useState<string | undefined>();
  const upload = useUploadAsn();
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setSyntaxError(undefined);
    upload.reset();
  };
  const submit = () => {
    const { asn, error } = parse(text);
    setSyntaxError(error);
    if (asn) upload.mutate(asn);
  };
  return (
    <Card title={t('asn_title')}>
      <p className="qs-muted">
        {t('asn_intro')}
      </p>
      <TextField label={t('asn_file')} type="file" accept="application/json,.json" onChange={(e) => void chooseFile(e)} hint={fileName ? t('asn_read', { fileName }) : t('asn_orPaste')} />
      <TextAreaField
        label={t('asn_text')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSyntaxError(undefined);
        }}
        error={syntaxError}
        placeholder={EXAMPLE}
        spellCheck={false}
      />
      <div className="qs-row">
        <Button disabled={!text.trim()} busy={upload.isPending} onClick={submit}>
          {t('asn_upload')}
        </Button>
        <Button variant="secondary" onClick={() => setText(EXAMPLE)}>
          {t('asn_example')}
        </Button>
      </div>
      <ProblemAlert error={upload.error} />
      {upload.data && (
        <Alert tone="ok" title={t('asn_imported')}>
          {t('asn_load')} <Link to={`/workspaces/inbound/loads/${encodeURIComponent(upload.data.loadId)}`}>{upload.data.loadId}</Link>{' '}
          {t('asn_counts', { shipments: upload.data.shipments.length, licensePlates: upload.data.licensePlates.length, lines: upload.data.lines.length })}
        </Alert>
      )}
    </Card>
  );
}
