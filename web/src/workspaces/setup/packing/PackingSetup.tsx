import { useState, type FormEvent } from 'react';
import { useContainerTypes, useLabelPrinters, useLabelSettings, useSaveContainerType, useSaveLabelSettings, useSavePrinter } from '../../../api/packing';
import { useWarehouseOptions } from '../../../api/warehouses';
import { useMay } from '../../../auth/roles';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Card, Empty, Fetched, ProblemAlert, SelectField, TextField, fieldError } from '../../../ui';

const int = (value: string) => Number.parseInt(value, 10);

function ContainerTypes() {
  const { t } = useTranslation('packing');
  const types = useContainerTypes();
  const save = useSaveContainerType();
  const mayEdit = useMay('warehouse_manager');
  const [form, setForm] = useState({ containerTypeId: '', name: '', tareWeightGrams: '', maxWeightGrams: '', lengthMm: '', widthMm: '', heightMm: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      containerTypeId: form.containerTypeId.trim(),
      name: form.name,
      tareWeightGrams: int(form.tareWeightGrams),
      maxWeightGrams: int(form.maxWeightGrams),
      lengthMm: int(form.lengthMm),
      widthMm: int(form.widthMm),
      heightMm: int(form.heightMm),
    });
  };
  return (
    <Card title={t('setup.containerTypes')}>
      <Fetched query={types} what={t('setup.containerTypes')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('setup.noTypes')}</Empty>
          ) : (
            <div className="qs-table-wrap">
              <table className="qs-table">
                <caption className="qs-visually-hidden">{t('setup.containerTypes')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('setup.containerTypeId')}</th>
                    <th scope="col">{t('setup.name')}</th>
                    <th scope="col" data-numeric>
                      {t('setup.tare')}
                    </th>
                    <th scope="col" data-numeric>
                      {t('setup.maxWeight')}
                    </th>
                    <th scope="col">{t('setup.size')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.containerTypeId}>
                      <td>{c.containerTypeId}</td>
                      <td>{c.name}</td>
                      <td data-numeric>{c.tareWeightGrams}</td>
                      <td data-numeric>{c.maxWeightGrams}</td>
                      <td>
                        {c.lengthMm} × {c.widthMm} × {c.heightMm}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Fetched>
      {mayEdit && (
        <form className="qs-grid" onSubmit={submit}>
          <TextField label={t('setup.containerTypeId')} value={form.containerTypeId} onChange={set('containerTypeId')} required maxLength={100} />
          <TextField label={t('setup.name')} value={form.name} onChange={set('name')} required maxLength={200} error={fieldError(save.error, 'name')} />
          <TextField label={t('setup.tare')} inputMode="numeric" value={form.tareWeightGrams} onChange={set('tareWeightGrams')} required error={fieldError(save.error, 'tareWeightGrams')} />
          <TextField label={t('setup.maxWeight')} inputMode="numeric" value={form.maxWeightGrams} onChange={set('maxWeightGrams')} required error={fieldError(save.error, 'maxWeightGrams')} />
          <TextField label={t('setup.length')} inputMode="numeric" value={form.lengthMm} onChange={set('lengthMm')} required error={fieldError(save.error, 'lengthMm')} />
          <TextField label={t('setup.width')} inputMode="numeric" value={form.widthMm} onChange={set('widthMm')} required error={fieldError(save.error, 'widthMm')} />
          <TextField label={t('setup.height')} inputMode="numeric" value={form.heightMm} onChange={set('heightMm')} required error={fieldError(save.error, 'heightMm')} />
          <div className="qs-row">
            <Button type="submit" busy={save.isPending}>
              {t('setup.saveType')}
            </Button>
          </div>
        </form>
      )}
      {save.data && <Alert tone="ok">{t('setup.savedType', { id: save.data.containerTypeId })}</Alert>}
      <ProblemAlert error={save.error} />
    </Card>
  );
}

function LabelSettings() {
  const { t } = useTranslation('packing');
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const settings = useLabelSettings(warehouseId);
  const save = useSaveLabelSettings();
  const mayEdit = useMay('warehouse_manager');
  const [prefix, setPrefix] = useState<string>();
  const [extension, setExtension] = useState<string>();
  const shownPrefix = prefix ?? settings.data?.gs1CompanyPrefix ?? '';
  const shownExtension = extension ?? String(settings.data?.extensionDigit ?? 0);
  return (
    <Card title={t('setup.labelSettings', { warehouseId })}>
      <p className="qs-muted">{t('setup.labelSettingsIntro')}</p>
      <form
        className="qs-grid"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ warehouseId, gs1CompanyPrefix: shownPrefix.trim(), extensionDigit: int(shownExtension) });
        }}
      >
        <SelectField label={t('desk.warehouse')} options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
        <TextField label={t('setup.prefix')} hint={t('setup.prefixHint')} inputMode="numeric" value={shownPrefix} onChange={(e) => setPrefix(e.target.value)} readOnly={!mayEdit} error={fieldError(save.error, 'gs1CompanyPrefix')} />
        <SelectField label={t('setup.extension')} options={['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']} value={shownExtension} onChange={(e) => setExtension(e.target.value)} disabled={!mayEdit} />
        {mayEdit && (
          <div className="qs-row">
            <Button type="submit" busy={save.isPending}>
              {t('setup.saveSettings')}
            </Button>
          </div>
        )}
      </form>
      {save.data && <Alert tone="ok">{t('setup.savedSettings')}</Alert>}
      <ProblemAlert error={save.error} />
    </Card>
  );
}

function Printers() {
  const { t } = useTranslation('packing');
  const printers = useLabelPrinters();
  const save = useSavePrinter();
  const isAdmin = useMay();
  const [form, setForm] = useState({ printerId: '', name: '', host: '', port: '9100' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  return (
    <Card title={t('setup.printers')}>
      <p className="qs-muted">{t('setup.printersIntro')}</p>
      <Fetched query={printers} what={t('setup.printers')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('setup.noPrinters')}</Empty>
          ) : (
            <div className="qs-table-wrap">
              <table className="qs-table">
                <caption className="qs-visually-hidden">{t('setup.printers')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('setup.printerId')}</th>
                    <th scope="col">{t('setup.name')}</th>
                    <th scope="col">{t('setup.host')}</th>
                    <th scope="col" data-numeric>
                      {t('setup.port')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.printerId}>
                      <td>{p.printerId}</td>
                      <td>{p.name}</td>
                      <td>{p.host}</td>
                      <td data-numeric>{p.port}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Fetched>
      {isAdmin ? (
        <form
          className="qs-grid"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ printerId: form.printerId.trim(), name: form.name, host: form.host.trim(), port: int(form.port) });
          }}
        >
          <TextField label={t('setup.printerId')} value={form.printerId} onChange={set('printerId')} required maxLength={100} />
          <TextField label={t('setup.name')} value={form.name} onChange={set('name')} required maxLength={200} error={fieldError(save.error, 'name')} />
          <TextField label={t('setup.host')} hint={t('setup.hostHint')} value={form.host} onChange={set('host')} required maxLength={253} error={fieldError(save.error, 'host')} />
          <TextField label={t('setup.port')} inputMode="numeric" value={form.port} onChange={set('port')} required error={fieldError(save.error, 'port')} />
          <div className="qs-row">
            <Button type="submit" busy={save.isPending}>
              {t('setup.savePrinter')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="qs-muted">{t('setup.adminOnly')}</p>
      )}
      {save.data && <Alert tone="ok">{t('setup.savedPrinter', { id: save.data.printerId })}</Alert>}
      <ProblemAlert error={save.error} />
    </Card>
  );
}

/** Setup of packing: container types, the warehouse's SSCC numbers and the label printers. */
export function PackingSetup() {
  return (
    <div className="qs-stack">
      <ContainerTypes />
      <LabelSettings />
      <Printers />
    </div>
  );
}
