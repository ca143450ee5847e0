import { describe, expect, it } from 'vitest';
import { eventTypeProblems, urlProblem } from './subscription-rules.js';

describe('webhook subscription rules', () => {
  it('accepts http and https receivers only', () => {
    expect(urlProblem('https://erp.example.com/hooks')).toBeUndefined();
    expect(urlProblem('http://127.0.0.1:8080/hooks')).toBeUndefined();
    expect(urlProblem('ftp://erp.example.com/hooks')?.reason).toBe('must use http or https');
    expect(urlProblem('/relative/path')?.reason).toBe('is not an absolute URL');
  });

  it('names the unknown event type by its position', () => {
    expect(eventTypeProblems(['messageProcessor.messageFailed', 'order.teleported'])).toEqual([
      { field: 'eventTypes.1', reason: 'is not an event type in the catalog', value: 'order.teleported' },
    ]);
  });

  it('accepts * only on its own', () => {
    expect(eventTypeProblems(['*'])).toEqual([]);
    expect(eventTypeProblems(['*', 'messageProcessor.messageFailed'])).toHaveLength(1);
  });
});
