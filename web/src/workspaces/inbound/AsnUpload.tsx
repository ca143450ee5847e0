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
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'The ASN must be one JSON object.' };
    return { asn: value as Asn };
  } catch (e) {
    return { error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function AsnUpload() {
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
    <Card title="Upload an advanced shipping notice">
      <p className="qs-muted">
        One load with its shipments, license plates (pallets with nested cases) and item lines. The ASN is checked against the orders; if anything does not match, nothing is created and every
        reason is listed.
      </p>
      <TextField label="ASN file (JSON)" type="file" accept="application/json,.json" onChange={(e) => void chooseFile(e)} hint={fileName ? `Read ${fileName}` : 'Or paste the JSON below'} />
      <TextAreaField
        label="ASN (JSON)"
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
          Upload ASN
        </Button>
        <Button variant="secondary" onClick={() => setText(EXAMPLE)}>
          Start from an example
        </Button>
      </div>
      <ProblemAlert error={upload.error} />
      {upload.data && (
        <Alert tone="ok" title="ASN imported">
          Load <Link to={`/workspaces/inbound/loads/${encodeURIComponent(upload.data.loadId)}`}>{upload.data.loadId}</Link> with {upload.data.shipments.length} shipment(s), {upload.data.licensePlates.length} license plate(s) and {upload.data.lines.length} line(s).
        </Alert>
      )}
    </Card>
  );
}
