import { describe, expect, it } from 'vitest';
import { dayEnds, lastHours, today } from './time-window.js';

const at = (iso: string) => Date.parse(iso);

describe('overview time windows', () => {
  it("starts today at the viewer's midnight", () => {
    expect(today(at('2026-01-05T08:30:00Z'), 0)).toEqual({ from: at('2026-01-05T00:00:00Z'), to: at('2026-01-06T00:00:00Z'), hours: 24 });
    // 00:30 in Berlin (UTC+1) is still the evening before in UTC.
    expect(today(at('2026-01-04T23:30:00Z'), 60).from).toBe(at('2026-01-04T23:00:00Z'));
    expect(today(at('2026-01-05T02:00:00Z'), -300).from).toBe(at('2026-01-04T05:00:00Z'));
  });

  it('ends the last hours with the current one, on local hour boundaries', () => {
    expect(lastHours(at('2026-01-05T08:30:00Z'), 24, 0)).toEqual({ from: at('2026-01-04T09:00:00Z'), to: at('2026-01-05T09:00:00Z'), hours: 24 });
    expect(lastHours(at('2026-01-05T08:10:00Z'), 2, 330)).toEqual({ from: at('2026-01-05T06:30:00Z'), to: at('2026-01-05T08:30:00Z'), hours: 2 });
  });

  it('gives the end of each past day and now for today', () => {
    const now = at('2026-01-05T08:30:00Z');
    expect(dayEnds(now, 3, 0)).toEqual([at('2026-01-03T23:59:59.999Z'), at('2026-01-04T23:59:59.999Z'), now]);
    expect(dayEnds(now, 1, 0)).toEqual([now]);
  });
});
