import { useState, type FormEvent } from 'react';
import { useDispositionCodes, useRemoveDispositionCode, useReturns, useSaveDispositionCode } from '../../api/returns';
import { useSourceSystemOptions } from '../../api/source-systems';
import { useMay } from '../../auth/roles';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, ConfirmButton, Fetched, fieldError, formatDateTime, formatQuantity, Lookup, ProblemAlert, SelectField, TextField } from '../../ui';

/** Returns registered at the dock, and the disposition codes that decide where returned goods go. */
export function Returns() {
  const { t } = useTranslation('returns');
  const returns = useReturns();
  return (
    <div className="qs-stack">
      <Card title={t('desk.caption')}>
        <Fetched query={returns} what={t('desk.title')}>
          {(page) =>
            page.items.length === 0 ? (
              <p className="qs-empty">{t('desk.empty')}</p>
            ) : (
              <div className="qs-table-wrap">
                <table className="qs-table">
                  <caption className="qs-visually-hidden">{t('desk.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('desk.returnNumber')}</th>
                      <th scope="col">{t('desk.sourceSystem')}</th>
                      <th scope="col">{t('desk.document')}</th>
                      <th scope="col">{t('desk.order')}</th>
                      <th scope="col">{t('desk.lines')}</th>
                      <th scope="col">{t('desk.worker')}</th>
                      <th scope="col">{t('desk.at')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((r) => (
                      <tr key={r.returnNumber}>
                        <td>{r.returnNumber}</td>
                        <td>{r.sourceSystemId}</td>
                        <td>{r.packingSlipNumber ?? r.outboundOrderNumber ?? t('blind')}</td>
                        <td>{r.inboundShipmentOrderNumber}</td>
                        <td>{r.lines.map((l) => t('line', { quantity: formatQuantity(l.quantity, null), item: l.itemNumber, disposition: l.dispositionCode })).join('; ')}</td>
                        <td>{r.worker}</td>
                        <td>{formatDateTime(r.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Fetched>
      </Card>
      <DispositionCodes />
    </div>
  );
}

function DispositionCodes() {
  const { t } = useTranslation('returns');
  const canEdit = useMay('warehouse_manager', 'integration_operator');
  const systems = useSourceSystemOptions();
  const [chosen, setChosen] = useState('');
  const sourceSystemId = chosen || systems[0]?.value || '';
  const codes = useDispositionCodes();
  const remove = useRemoveDispositionCode();
  const mine = (codes.data?.items ?? []).filter((c) => c.sourceSystemId === sourceSystemId);
  return (
    <Card title={t('codes.title')}>
      <p className="qs-muted">{t('codes.hint')}</p>
      <SelectField label={t('sourceSystem')} placeholder={t('chooseSourceSystem')} options={systems} value={sourceSystemId} onChange={(e) => setChosen(e.target.value)} />
      {mine.length === 0 ? (
        <p className="qs-empty">{t('codes.none', { sourceSystemId })}</p>
      ) : (
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('codes.caption', { sourceSystemId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('codes.code')}</th>
                <th scope="col">{t('codes.description')}</th>
                <th scope="col">{t('codes.status')}</th>
                <th scope="col">{t('codes.location')}</th>
                {canEdit && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {mine.map((c) => (
                <tr key={c.dispositionCode}>
                  <td>{c.dispositionCode}</td>
                  <td>{c.description}</td>
                  <td>{c.inventoryStatusId}</td>
                  <td>{c.locationId ?? t('codes.directives')}</td>
                  {canEdit && (
                    <td>
                      <ConfirmButton question={t('codes.removeQuestion', { code: c.dispositionCode })} consequences={[t('codes.removeConsequence')]} onConfirm={() => remove.mutate({ sourceSystemId, dispositionCode: c.dispositionCode })}>
                        {t('codes.remove', { code: c.dispositionCode })}
                      </ConfirmButton>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ProblemAlert error={remove.error} />
      {canEdit && sourceSystemId && <CodeForm key={sourceSystemId} sourceSystemId={sourceSystemId} />}
    </Card>
  );
}

function CodeForm({ sourceSystemId }: { sourceSystemId: string }) {
  const { t } = useTranslation('returns');
  const [code, setCode] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState('');
  const [location, setLocation] = useState('');
  const save = useSaveDispositionCode();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ sourceSystemId, dispositionCode: code.trim(), description, inventoryStatusId: status.trim(), locationId: location.trim() === '' ? null : location.trim() });
  };
  return (
    <form className="qs-stack" onSubmit={submit} aria-label={t('codes.formTitle')}>
      <h3>{t('codes.formTitle')}</h3>
      <div className="qs-row">
        <TextField label={t('codes.code')} value={code} maxLength={20} required onChange={(e) => setCode(e.target.value)} />
        <TextField label={t('codes.description')} value={description} maxLength={200} required onChange={(e) => setDescription(e.target.value)} />
        <TextField label={t('codes.status')} value={status} required onChange={(e) => setStatus(e.target.value)} error={fieldError(save.error, 'inventoryStatusId')} />
        <Lookup kind="location" label={t('codes.location')} value={location} onChange={setLocation} hint={t('codes.locationHint')} error={fieldError(save.error, 'locationId')} />
      </div>
      <Button type="submit" busy={save.isPending}>
        {t('codes.save')}
      </Button>
      {save.isSuccess && <Alert tone="ok">{t('codes.saved', { code: save.data.dispositionCode })}</Alert>}
      <ProblemAlert error={save.error} />
    </form>
  );
}
