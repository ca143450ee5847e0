import type { QueryKey } from '@tanstack/react-query';
import {
  backgroundProcessKeys,
  countingJournalKeys,
  cycleCountWorkKeys,
  driftKeys,
  inboundLoadKeys,
  inboundOrderKeys,
  ledgerKeys,
  messageKeys,
  monitoringKeys,
  onHandKeys,
  outboundLoadKeys,
  outboundOrderKeys,
  outboundShipmentKeys,
  overviewKeys,
  packingSlipKeys,
  shipmentReceiptKeys,
  updateLogKeys,
  waveKeys,
  webhookDeliveryKeys,
  workKeys,
} from './query-keys';

/**
 * What each kind of change makes stale, across resources: the mutation hooks invalidate these after the
 * server answers, so no screen shows what was true before. Too much costs a request for the queries on
 * screen only (the others are just marked stale); too little leaves a stale screen.
 */
type Change = readonly QueryKey[];

/** Every workspace overview counts what waits and what was done: any change may move its figures. */
const OVERVIEWS: Change = [overviewKeys.all];

/** Stock moved or changed status: on-hand figures and the ledger rows behind them (and the overviews). */
const STOCK: Change = [onHandKeys.all, ledgerKeys.all, ...OVERVIEWS];

/** Stock reported to a source system (receipts, packing slips, counting journals): the update log and drift. */
const REPORTED: Change = [updateLogKeys.all, driftKeys.all];

export const changes = {
  /** Releasing orders reserves stock and makes shipments, loads and waves (and pick work where a wave processes at release). */
  orderReleased: [outboundOrderKeys.all, outboundShipmentKeys.all, outboundLoadKeys.all, waveKeys.all, workKeys.all, ...STOCK],
  orderReserved: [outboundOrderKeys.all, ...STOCK],
  /** Processing a wave allocates stock and creates pick work for its loads. */
  waveProcessed: [waveKeys.all, workKeys.all, outboundLoadKeys.all, outboundShipmentKeys.all, outboundOrderKeys.all, ...STOCK],
  /** Taking, confirming, short-picking or cancelling work moves stock and advances its loads, waves and receipts. */
  workChanged: [workKeys.all, outboundLoadKeys.all, outboundShipmentKeys.all, outboundOrderKeys.all, waveKeys.all, inboundLoadKeys.all, ...STOCK],
  loadShipped: [outboundLoadKeys.all, packingSlipKeys.all, outboundShipmentKeys.all, outboundOrderKeys.all, ...STOCK, ...REPORTED],
  packingSlipReversed: [packingSlipKeys.all, outboundLoadKeys.all, outboundShipmentKeys.all, outboundOrderKeys.all, ...STOCK, ...REPORTED],

  /** Creating a load, adding or moving lines, or an ASN: loads and the planned quantities of their orders. */
  loadPlanned: [inboundLoadKeys.all, inboundOrderKeys.all, ...OVERVIEWS],
  receivingCompleted: [inboundLoadKeys.all, inboundOrderKeys.all, shipmentReceiptKeys.all, ...STOCK, ...REPORTED],

  /** A message processed, queued, cancelled or edited: its versions, the monitoring counts and the orders it wrote. */
  messageHandled: [messageKeys.all, monitoringKeys.all, inboundOrderKeys.all, outboundOrderKeys.all, ...OVERVIEWS],
  /** A background process run or changed: its runs and schedule, and the monitoring overview that shows them. */
  processChanged: [backgroundProcessKeys.all, monitoringKeys.all, messageKeys.all, ...OVERVIEWS],
  deliveriesRedriven: [webhookDeliveryKeys.all, monitoringKeys.all, ...OVERVIEWS],

  /** Cycle count work created (by hand, a plan or thresholds). */
  countWorkCreated: [cycleCountWorkKeys.all, ...OVERVIEWS],
  /** A count registered or reviewed: the work, its journal, and the stock a count adjusts. */
  counted: [cycleCountWorkKeys.all, countingJournalKeys.all, ...STOCK, ...REPORTED],
  journalCounted: [countingJournalKeys.all, cycleCountWorkKeys.all, ...STOCK, ...REPORTED],
  /** The update log published: what a source system has been told. */
  reported: [...REPORTED, ...OVERVIEWS],
} satisfies Record<string, Change>;
