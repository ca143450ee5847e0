import { describe, expect, it } from 'vitest';
import { endOfDay, previousDay, updateLogDecision } from './update-log-rules.js';

const row = (kind: string, reference_type = 'x', excludedJournal = false) => ({ kind, reference_type, excludedJournal });

describe('updateLogDecision', () => {
  it('logs receipts only with the inbound log on, and says the shipment receipt reports them too', () => {
    expect(updateLogDecision(row('Receipt'), { inbound: true, outbound: false })).toEqual({ log: true, alsoReportedBy: 'ShipmentReceipt' });
    expect(updateLogDecision(row('Receipt'), { inbound: false, outbound: true }).log).toBe(false);
  });

  it('logs picks only with the outbound log on', () => {
    expect(updateLogDecision(row('Issue'), { inbound: false, outbound: true })).toEqual({ log: true, alsoReportedBy: 'ShipmentPackingSlip' });
    expect(updateLogDecision(row('Issue'), { inbound: true, outbound: false }).log).toBe(false);
  });

  it('leaves out counting journals whose name is excluded, and moves inside the warehouse', () => {
    expect(updateLogDecision(row('Adjustment', 'CountingJournal'), { inbound: true, outbound: false })).toEqual({ log: true, alsoReportedBy: 'CountingJournal' });
    expect(updateLogDecision(row('Adjustment', 'CountingJournal', true), { inbound: true, outbound: true }).log).toBe(false);
    expect(updateLogDecision(row('Transfer'), { inbound: true, outbound: true }).log).toBe(false);
    expect(updateLogDecision(row('StatusChange'), { inbound: false, outbound: true })).toEqual({ log: true, alsoReportedBy: null });
  });
});

describe('report dates', () => {
  it('ends a day at its last millisecond (UTC) and refuses dates that do not exist', () => {
    expect(endOfDay('2026-01-04')).toBe(Date.parse('2026-01-05T00:00:00Z') - 1);
    expect(endOfDay('2026-02-30')).toBeUndefined();
    expect(endOfDay('yesterday')).toBeUndefined();
  });

  it('makes a recurring report for the previous day', () => {
    expect(previousDay(Date.parse('2026-01-05T00:10:00Z'))).toBe('2026-01-04');
  });
});
