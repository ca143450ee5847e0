import { describe, expect, it } from 'vitest';
import { planDefaultStatus, type StatusChange } from './default-status.js';

const change = (statusId: string, over: Partial<StatusChange> = {}): StatusChange => ({
  statusId,
  available: true,
  requestedDefault: undefined,
  wasDefault: false,
  ...over,
});

describe('choosing the default inventory status', () => {
  it('makes the first available status the default when there is none', () => {
    const plan = planDefaultStatus([change('BLOCKED', { available: false }), change('OK')], undefined);
    expect(plan).toEqual({ problems: [], defaultStatusId: 'OK' });
  });

  it('does not choose a status the caller said is not the default', () => {
    expect(planDefaultStatus([change('OK', { requestedDefault: false })], undefined).defaultStatusId).toBeUndefined();
  });

  it('keeps the current default when nobody asks for another', () => {
    expect(planDefaultStatus([change('NEW')], 'OK')).toEqual({ problems: [], defaultStatusId: 'OK' });
  });

  it('moves the default to the status that asks for it', () => {
    const plan = planDefaultStatus([change('OK', { wasDefault: true }), change('FRESH', { requestedDefault: true })], 'OK');
    expect(plan).toEqual({ problems: [], defaultStatusId: 'FRESH' });
  });

  it('lets the old default become unavailable when another one takes over', () => {
    const plan = planDefaultStatus([change('OK', { wasDefault: true, available: false }), change('FRESH', { requestedDefault: true })], 'OK');
    expect(plan.problems).toEqual([]);
  });

  it('refuses two defaults, an unavailable default, and giving up the default without a successor', () => {
    expect(planDefaultStatus([change('A', { requestedDefault: true }), change('B', { requestedDefault: true })], undefined).problems).toEqual([
      { index: 1, field: 'isDefault', reason: "only one status can be the default; 'A' is already made the default", kind: 'invalid' },
    ]);
    expect(planDefaultStatus([change('A', { requestedDefault: true, available: false })], undefined).problems[0]).toMatchObject({ field: 'isDefault', kind: 'invalid' });
    expect(planDefaultStatus([change('OK', { wasDefault: true, requestedDefault: false })], 'OK').problems[0]).toMatchObject({ field: 'isDefault', kind: 'state' });
    expect(planDefaultStatus([change('OK', { wasDefault: true, available: false })], 'OK').problems[0]).toMatchObject({ field: 'available', kind: 'state' });
  });
});
