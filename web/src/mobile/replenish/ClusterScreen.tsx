import { useState } from 'react';
import { fetchCluster, type ClusterView } from '../../api/replenishment';
import { useWorkChanged } from '../../api/work';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, sameCode, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';

type Member = { workId: string; targetLicensePlateId: string };

/** Cluster picking on the handheld: scan the pick work and a tote for each, pick the trip, put every tote once. */
export function ClusterScreen() {
  const { t } = useTranslation('replenishment');
  const [members, setMembers] = useState<Member[]>([]);
  const [pending, setPending] = useState<string>();
  const [cluster, setCluster] = useState<ClusterView>();
  const [atLocation, setAtLocation] = useState<string>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const workChanged = useWorkChanged();

  if (cluster) {
    const picks = cluster.lines.filter((l) => l.lineType === 'Pick' && l.status === 'Open');
    const current = picks[0];
    const putTo = cluster.lines.find((l) => l.lineType === 'Put')?.locationId ?? '';
    const restart = () => {
      setCluster(undefined);
      setMembers([]);
    };
    if (cluster.status === 'Closed') {
      return (
        <>
          <MobileTitle title={t('cluster.title')} />
          <Alert tone="ok" title={t('cluster.doneTitle')}>
            {t('cluster.done', { clusterId: cluster.clusterId, totes: cluster.members.map((m) => m.targetLicensePlateId).join(', '), locationId: putTo })}
          </Alert>
          <Button onClick={restart}>{t('cluster.again')}</Button>
        </>
      );
    }
    const refresh = async () => {
      workChanged();
      setCluster(await fetchCluster(cluster.clusterId));
    };
    const onLocation = (scanned: string) => {
      if (!current) return;
      if (!sameCode(scanned, current.locationId)) setScanError(t('cluster.wrongLocation', { scanned, locationId: current.locationId }));
      else {
        setScanError(undefined);
        setAtLocation(`${current.workId}/${String(current.lineNumber)}`);
      }
    };
    const onItem = (scanned: string) => {
      if (!current) return;
      if (!sameCode(scanned, current.itemNumber)) {
        setScanError(t('cluster.wrongItem', { scanned, item: current.itemNumber }));
        return;
      }
      setScanError(undefined);
      void run(async () => {
        await sendOperation(`Pick ${current.itemNumber} (work ${current.workId}, line ${String(current.lineNumber)})`, '/api/v1/work/{workId}/lines/{lineNumber}/confirm', { workId: current.workId, lineNumber: current.lineNumber }, {});
        // The trip moves on in one render: cleared before the refresh landed, the picked line's location
        // step would show again for a moment, and a scan of it then would be taken for the old line.
        await refresh();
        setAtLocation(undefined);
      });
    };
    const onPut = (scanned: string) =>
      void run(async () => {
        const body = sameCode(scanned, putTo) ? {} : { locationId: scanned, reason: 'cluster put elsewhere' };
        const updated = await sendOperation(`Put cluster ${cluster.clusterId}`, '/api/v1/work-clusters/{clusterId}/put', { clusterId: cluster.clusterId }, body);
        workChanged();
        setCluster(updated);
      });
    return (
      <>
        <MobileTitle title={t('cluster.title')}>
          <p className="qs-muted">{current ? t('cluster.picksLeft', { count: picks.length }) : t('cluster.putTitle')}</p>
        </MobileTitle>
        <ProblemAlert error={error} />
        {current ? (
          <>
            <Card title={t('cluster.pickTitle', { quantity: formatQuantity(current.quantity - current.handledQuantity, current.unitSymbol), item: current.itemNumber, tote: current.targetLicensePlateId })}>
              <p>{t('cluster.from', { locationId: current.locationId, workId: current.workId })}</p>
            </Card>
            {atLocation === `${current.workId}/${String(current.lineNumber)}` ? (
              <ScanField key={`item-${atLocation}`} label={t('cluster.scanItem', { item: current.itemNumber })} onScan={onItem} busy={busy} error={scanError} />
            ) : (
              <ScanField key={`loc-${current.workId}-${String(current.lineNumber)}`} label={t('cluster.scanLocation', { locationId: current.locationId })} onScan={onLocation} busy={busy} error={scanError} />
            )}
          </>
        ) : (
          <>
            <KeyValues entries={cluster.members.map((m) => [m.targetLicensePlateId, m.workId])} />
            <ScanField key="put" label={t('cluster.scanPut', { locationId: putTo })} onScan={onPut} busy={busy} submitLabel={t('cluster.putButton')} />
          </>
        )}
      </>
    );
  }

  const start = () =>
    void run(async () => {
      setCluster(await sendOperation('Start cluster pick', '/api/v1/work-clusters', {}, { members }));
    });
  return (
    <>
      <MobileTitle title={t('cluster.title')} />
      <ProblemAlert error={error} />
      {members.length > 0 && (
        <Card title={t('cluster.members')}>
          <ul>
            {members.map((m) => (
              <li key={m.workId}>{t('cluster.into', { workId: m.workId, tote: m.targetLicensePlateId })}</li>
            ))}
          </ul>
        </Card>
      )}
      {pending === undefined ? (
        <ScanField key={`work-${String(members.length)}`} label={t('cluster.scanWork')} onScan={(workId) => setPending(workId.trim())} busy={busy} />
      ) : (
        <ScanField
          key={`tote-${pending}`}
          label={t('cluster.scanTote', { workId: pending })}
          onScan={(tote) => {
            setMembers((list) => [...list.filter((m) => m.workId !== pending), { workId: pending, targetLicensePlateId: tote.trim() }]);
            setPending(undefined);
          }}
          busy={busy}
        />
      )}
      {members.length < 2 ? (
        <p className="qs-muted">{t('cluster.needTwo')}</p>
      ) : (
        <Button onClick={start} busy={busy}>
          {t('cluster.start', { count: members.length })}
        </Button>
      )}
    </>
  );
}
