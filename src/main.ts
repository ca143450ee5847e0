import { hostname } from 'node:os';
import { systemClock, type Clock } from './platform/clock.js';
import type { SecretBox } from './platform/crypto/secret-box.js';
import { loadSecretBox } from './platform/crypto/secret-keys.js';
import type { HostResolver } from './platform/net/outbound-target.js';
import type { Config } from './platform/config.js';
import type { AppContext, WakeTopic } from './platform/context.js';
import { createDatabase, type Database } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { createHttpServer, type App } from './platform/http/server.js';
import { configureHashSlots } from './platform/auth/passwords.js';
import { cryptoIds, type IdGenerator } from './platform/ids.js';
import { JobRunner } from './platform/jobs/queue.js';
import { ensureGlobalProcesses, ProcessRegistry } from './platform/jobs/processes.js';
import { ProcessRunner } from './platform/jobs/process-runner.js';
import { Worker } from './platform/jobs/worker.js';
import { createLogger, type Logger } from './platform/logger.js';
import { startMetricsServer, type MetricsServer } from './platform/metrics/metrics-server.js';
import { processRunRecorder, processScheduleMetrics } from './platform/metrics/process-metrics.js';
import { addProcessMetrics, createMetricsRegistry } from './platform/metrics/registry.js';
import { platformRetentionTasks } from './platform/retention/platform-tasks.js';
import { retentionProcess } from './platform/retention/retention.js';
import type { Module } from './platform/module.js';
import { VERSION } from './version.js';
import { systemModule } from './modules/system/module.js';
import { countingModule } from './modules/counting/module.js';
import { sealWebhookSecretsAtStart } from './modules/events/index.js';
import { eventsModule } from './modules/events/module.js';
import { publishUpdateLog } from './modules/reconciliation/index.js';
import { reconciliationModule } from './modules/reconciliation/module.js';
import { INBOUND_WORK_REFERENCE, inboundPutAwayHook, postShipmentReceipts } from './modules/inbound/index.js';
import { inboundModule } from './modules/inbound/module.js';
import { inventoryModule } from './modules/inventory/module.js';
import { processQueuedMessages } from './modules/integration/index.js';
import { integrationModule } from './modules/integration/module.js';
import { masterDataModule } from './modules/master-data/module.js';
import { sourceSystemsModule } from './modules/source-systems/module.js';
import { crossDockReceipt, DEMAND_REPLENISHMENT_REFERENCE, demandReplenishmentHook, OUTBOUND_WORK_REFERENCE, outboundPickHook, outboundReservationHolder, postShipmentPackingSlips } from './modules/outbound/index.js';
import { returnsModule } from './modules/returns/module.js';
import { MIN_MAX_REFERENCE, minMaxReplenishmentHook, replenishmentReservationHolder } from './modules/replenishment/index.js';
import { replenishmentModule } from './modules/replenishment/module.js';
import { outboundModule } from './modules/outbound/module.js';
import type { WorkHooks } from './modules/work/index.js';
import { workModule } from './modules/work/module.js';
import { usersModule } from './modules/users/module.js';
import { overviewsModule } from './modules/overviews/module.js';
import { d365Module, d365PayloadFormatter } from './modules/d365/index.js';
import { packingModule } from './modules/packing/module.js';

export interface Quayside {
  ctx: AppContext;
  app: App;
  worker: Worker;
  processes: ProcessRegistry;
  processRunner: ProcessRunner;
  jobs: JobRunner;
  /**
   * With metrics.port set: serves the metrics on that port (closed by close()). Without it, does nothing:
   * the metrics are at GET /metrics on the API's port, for admins.
   */
  startMetricsServer(): Promise<MetricsServer | undefined>;
  close(): Promise<void>;
}

export interface BuildOptions {
  config: Config;
  db?: Database;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  logRequests?: boolean;
  /** Run migrations at start (the default); tests that share a migrated database may skip. */
  migrate?: boolean;
  /** The keys that seal secrets at rest; by default from QUAYSIDE_SECRET_KEY or the key file in the data directory. */
  secrets?: SecretBox;
  /** How webhook receivers' host names are looked up; tests inject one that never asks a real DNS server. */
  resolveHost?: HostResolver;
  /** Add Node's own metrics (CPU, memory, event loop): for the one Quayside of a real process, not for tests. */
  processMetrics?: boolean;
}

/** The composition root: config -> database -> modules -> HTTP and worker. */
export async function buildQuayside(options: BuildOptions): Promise<Quayside> {
  const { config } = options;
  const log = options.logger ?? createLogger(config.logLevel);
  const db = options.db ?? createDatabase({ url: config.databaseUrl });
  configureHashSlots(config.passwords);
  if (options.migrate !== false) {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) log.info({ applied, database: db.describe }, 'database migrated');
  }

  const metrics = createMetricsRegistry(VERSION);
  if (options.processMetrics === true) addProcessMetrics(metrics);

  let worker: Worker | undefined;
  const ctx: AppContext = {
    db,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? cryptoIds,
    log,
    config,
    metrics,
    wake: (topic: WakeTopic) => worker?.wake(topic),
  };

  const workerId = `${hostname()}:${process.pid}:${ctx.ids.uuid().slice(0, 8)}`;
  const processes = new ProcessRegistry();
  const processRunner = new ProcessRunner(db, processes, ctx.clock, workerId, config.worker.leaseMs, log, processRunRecorder(metrics));
  processScheduleMetrics(metrics, db.kysely, () => ctx.clock.now(), log);
  const jobs = new JobRunner(db, ctx.clock, workerId, config.worker.leaseMs, log);

  const secrets = options.secrets ?? loadSecretBox(process.env, config.dataDir).box;
  await sealWebhookSecretsAtStart(ctx, secrets);

  // Work takes the hooks of the modules whose work it is (by the work's reference type) into its
  // confirmations: outbound pick work gives back its reservation and records the issue; replenishment work
  // gives back what it holds at the source (min/max) or carries the order's reservation to the face (wave demand).
  // Outbound and inbound say which order (and customer or vendor) a work line serves, for the worker's screen.
  const workHooks: WorkHooks = new Map([
    [OUTBOUND_WORK_REFERENCE, outboundPickHook],
    [INBOUND_WORK_REFERENCE, inboundPutAwayHook],
    [DEMAND_REPLENISHMENT_REFERENCE, demandReplenishmentHook],
    [MIN_MAX_REFERENCE, minMaxReplenishmentHook],
  ]);

  const modules: Module[] = [systemModule(ctx, { processes, processRunner }), eventsModule(ctx, { secrets, formatters: { D365: d365PayloadFormatter(ctx) }, ...(options.resolveHost ? { resolve: options.resolveHost } : {}) }),
    masterDataModule(ctx),
    sourceSystemsModule(ctx, {
      processShipmentOrderMessages: (sourceSystemId) => processQueuedMessages(ctx, { sourceSystemId }),
      publishWarehouseInventoryUpdateLog: (sourceSystemId) => publishUpdateLog(ctx, sourceSystemId),
      postShipmentReceipts: (sourceSystemId) => postShipmentReceipts(ctx, sourceSystemId),
      postShipmentPackingSlips: (sourceSystemId) => postShipmentPackingSlips(ctx, sourceSystemId),
    }),
    integrationModule(ctx),
    // The records of reserved stock the ledger check adds up against the balances' reserved quantities.
    inventoryModule(ctx, { reservationHolders: [outboundReservationHolder, replenishmentReservationHolder] }),
    // Received stock of a cross-dock line goes to the outbound order waiting for it, instead of to put-away.
    inboundModule(ctx, { crossDock: (trx, supply) => crossDockReceipt(trx, ctx, supply) }),
    outboundModule(ctx),
    replenishmentModule(ctx),
    countingModule(ctx),
    reconciliationModule(ctx),
    workModule(ctx, { hooks: workHooks }),
    usersModule(ctx),
    overviewsModule(ctx),
    d365Module(ctx),
    packingModule(ctx),
    returnsModule(ctx),
  ];

  const app = await createHttpServer({ logger: log, db: db.kysely, version: VERSION, logRequests: options.logRequests, clock: ctx.clock, sessions: config.sessions, security: { rateLimit: config.rateLimit, trustProxy: config.trustProxy }, uiDir: config.uiDir, metrics });
  const pollers = [];
  for (const m of modules) {
    for (const p of m.processes ?? []) processes.register(p);
    for (const j of m.jobs ?? []) jobs.register(j);
    pollers.push(...(m.pollers ?? []));
    if (m.routes) await app.register(async (scope) => m.routes?.(scope as App));
  }
  const retentionTasks = [...platformRetentionTasks(config), ...modules.flatMap((m) => m.retention ?? [])];
  processes.register(retentionProcess({ db: db.kysely, now: () => ctx.clock.now(), settings: config.retention, log }, retentionTasks));
  await ensureGlobalProcesses(db.kysely, processes, ctx.clock.now());
  worker = new Worker([...pollers, processRunner, jobs], config.worker.pollIntervalMs, log);
  await app.ready();

  let closed = false;
  let metricsServer: MetricsServer | undefined;
  return {
    ctx,
    app,
    worker,
    processes,
    processRunner,
    jobs,
    async startMetricsServer() {
      const { port, host } = config.metrics;
      if (port === undefined) return undefined;
      metricsServer ??= await startMetricsServer(metrics, { port, host }, log);
      return metricsServer;
    },
    async close() {
      if (closed) return;
      closed = true;
      await metricsServer?.close();
      await worker.stop();
      await app.close();
      await db.close();
    },
  };
}
