import { expect } from 'vitest';
import { drain } from './fixtures.js';
import type { Client, TestApp } from './harness.js';

export async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Sends an inbound shipment order message as the ERP and processes it. */
export async function sendInboundOrder(t: TestApp, erp: Client, body: Record<string, unknown>): Promise<void> {
  const sent = await erp.post('/api/v1/inbound-shipment-order-messages', body);
  expect(sent.status).toBe(202);
  await drain(t);
  const message = await t.admin.get(`/api/v1/messages/${String(sent.body.id)}`);
  expect(message.body.processingStatus, JSON.stringify(message.body.log)).toBe('Accepted');
}

/** Picks and puts every line of a put-away work as the given worker. */
export async function executeWork(worker: Client, workId: string, tag: string): Promise<any> {
  const work = await ok(worker.post(`/api/v1/work/${workId}/take`, { operationId: `${tag}-take` }), 'take');
  let last = work;
  for (const line of work.lines) last = await ok(worker.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `${tag}-${String(line.lineNumber)}` }), `confirm ${String(line.lineNumber)}`);
  return last;
}

/** Runs a source system's background process now, as the scheduler would when it is due. */
export async function runProcess(t: TestApp, processType: string, sourceSystemId: string): Promise<any> {
  const list = await t.admin.get(`/api/v1/background-processes?sourceSystemId=${sourceSystemId}`);
  const process = list.body.items.find((p: any) => p.processType === processType);
  expect(process, processType).toBeDefined();
  return ok(t.admin.post(`/api/v1/background-processes/${String(process.id)}/run`, {}), `run ${processType}`);
}

export async function eventsOfType(t: TestApp, type: string): Promise<any[]> {
  await drain(t);
  const res = await t.admin.get(`/api/v1/events?limit=1000&types=${type}`);
  return res.body.items;
}
