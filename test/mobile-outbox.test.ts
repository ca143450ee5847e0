import { describe, expect, it } from 'vitest';
import { classifyAnswer } from '../web/src/api/outbox-outcome.js';

const PROBLEM = 'application/problem+json';
const problem = (status: number) => JSON.stringify({ type: 'about:blank', title: 'License plate not found', status, code: 'INBOUND.LICENSE_PLATE_NOT_FOUND', detail: 'PAL-X is not on an open load' });

/** The mobile outbox's rule: only an applied answer or a definitive refusal takes a scan out of the outbox. */
describe('what an answer means for a scan in the mobile outbox', () => {
  it('takes the scan out when Quayside applied it', () => {
    expect(classifyAnswer({ status: 201, contentType: 'application/json; charset=utf-8', text: '{"registered":12}' })).toEqual({ kind: 'done', body: { registered: 12 } });
    expect(classifyAnswer({ status: 204, contentType: null, text: '' })).toEqual({ kind: 'done', body: undefined });
  });

  it('takes the scan out, with its reason, only for a 4xx problem+json refusal', () => {
    expect(classifyAnswer({ status: 404, contentType: PROBLEM, text: problem(404) })).toEqual({ kind: 'refused', problem: JSON.parse(problem(404)) });
    expect(classifyAnswer({ status: 409, contentType: 'application/json', text: problem(409) })).toMatchObject({ kind: 'refused' });
  });

  it('keeps the scan for a retry on a 5xx, whatever its body', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(classifyAnswer({ status, contentType: PROBLEM, text: problem(status) }).kind, String(status)).toBe('retry');
      expect(classifyAnswer({ status, contentType: 'text/html', text: '<html><h1>502 Bad Gateway</h1></html>' }).kind, String(status)).toBe('retry');
    }
    expect(classifyAnswer({ status: 502, contentType: 'text/html', text: '<h1>Bad Gateway</h1>' })).toEqual({ kind: 'retry', reason: 'Quayside did not answer properly (HTTP 502)' });
  });

  it("keeps the scan when the answer is not Quayside's: a proxy's page, a captive portal, a body cut off", () => {
    expect(classifyAnswer({ status: 404, contentType: 'text/html', text: '<html>Not Found</html>' }).kind).toBe('retry');
    expect(classifyAnswer({ status: 413, contentType: 'application/json', text: '{"message":"too large"}' }).kind).toBe('retry');
    expect(classifyAnswer({ status: 400, contentType: PROBLEM, text: '{"title":"Bad' }).kind).toBe('retry');
    expect(classifyAnswer({ status: 200, contentType: 'text/html', text: '<html>Sign in to the guest Wi-Fi</html>' }).kind).toBe('retry');
    expect(classifyAnswer({ status: 302, contentType: 'text/html', text: '' }).kind).toBe('retry');
  });

  it('keeps the scan for "not now" answers: signed out, timeout, rate limited', () => {
    for (const status of [401, 408, 425, 429]) expect(classifyAnswer({ status, contentType: PROBLEM, text: problem(status) }).kind, String(status)).toBe('retry');
    expect(classifyAnswer({ status: 401, contentType: PROBLEM, text: problem(401) })).toEqual({ kind: 'retry', reason: 'signed out: sign in again and it is sent' });
  });
});
