/**
 * Which inventory status is the default after a change. There is at most one default and it must
 * be available; setting another status as the default clears the old one, and the default can only
 * be given up by making another status the default. When none exists yet, the first available
 * status written becomes the default, unless the caller explicitly said it is not.
 */
export interface StatusChange {
  statusId: string;
  /** After the change. */
  available: boolean;
  /** What the caller asked for; undefined when the caller did not say. */
  requestedDefault: boolean | undefined;
  wasDefault: boolean;
}

export interface StatusProblem {
  index: number;
  field: 'isDefault' | 'available';
  reason: string;
  /** 'invalid': the request contradicts itself; 'state': it conflicts with the current default. */
  kind: 'invalid' | 'state';
}

export interface DefaultStatusPlan {
  problems: StatusProblem[];
  /** The default after the change, or undefined when there is none. */
  defaultStatusId: string | undefined;
}

export function planDefaultStatus(changes: readonly StatusChange[], currentDefault: string | undefined): DefaultStatusPlan {
  const problems: StatusProblem[] = [];
  let winner: string | undefined;
  changes.forEach((c, index) => {
    if (c.requestedDefault !== true) return;
    if (!c.available) {
      problems.push({ index, field: 'isDefault', reason: 'an unavailable status cannot be the default', kind: 'invalid' });
    } else if (winner !== undefined && winner !== c.statusId) {
      problems.push({ index, field: 'isDefault', reason: `only one status can be the default; '${winner}' is already made the default`, kind: 'invalid' });
    } else {
      winner = c.statusId;
    }
  });
  if (winner === undefined) {
    changes.forEach((c, index) => {
      if (!c.wasDefault) return;
      if (c.requestedDefault === false) {
        problems.push({ index, field: 'isDefault', reason: 'make another status the default instead', kind: 'state' });
      } else if (!c.available) {
        problems.push({ index, field: 'available', reason: 'the default status must stay available; make another status the default first', kind: 'state' });
      }
    });
  }
  let defaultStatusId = winner ?? currentDefault;
  if (defaultStatusId === undefined) {
    defaultStatusId = changes.find((c) => c.available && c.requestedDefault !== false)?.statusId;
  }
  return { problems, defaultStatusId };
}
