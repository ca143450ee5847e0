import type { FieldProblem } from '../../../platform/errors.js';
import { isEventType } from '../catalog.js';
import { ALL_EVENTS } from './matching.js';

/** A receiver must be reachable over plain HTTP(S); other schemes (file:, ftp:, data:) are refused. */
export function urlProblem(url: string, field = 'url'): FieldProblem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { field, reason: 'is not an absolute URL', value: url };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { field, reason: 'must use http or https', value: url };
  }
  return undefined;
}

/** Event types must be catalog names, or ['*'] alone for every event (also ones added later). */
export function eventTypeProblems(eventTypes: readonly string[], field = 'eventTypes'): FieldProblem[] {
  if (eventTypes.includes(ALL_EVENTS)) {
    return eventTypes.length === 1 ? [] : [{ field, reason: `'${ALL_EVENTS}' must be the only entry`, value: eventTypes }];
  }
  const problems: FieldProblem[] = [];
  eventTypes.forEach((type, i) => {
    if (!isEventType(type)) problems.push({ field: `${field}.${i}`, reason: 'is not an event type in the catalog', value: type });
  });
  const duplicates = eventTypes.filter((type, i) => eventTypes.indexOf(type) !== i);
  if (duplicates.length > 0) problems.push({ field, reason: 'lists an event type twice', value: duplicates[0] });
  return problems;
}
