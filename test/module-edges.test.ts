import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, describe, expect, it } from 'vitest';

// The rules `npm run lint` checks (ADR 0018), run here through dependency-cruiser's API: on src/, and on
// a small tree that breaks each of them once, to show that a broken edge is caught and a legal one is not.
const CONFIG = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Violation {
  rule: string;
  from: string;
  to: string;
}

async function violations(baseDir: string): Promise<Violation[]> {
  const options = await extractDepcruiseOptions(CONFIG);
  const result = await cruise(['src'], { ...options, validate: true, baseDir });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })).sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));
}

/**
 * A module `shipping` that reaches into `billing`, a circle in `billing`, a platform that imports a
 * module, module.ts and a module's internals taken from outside main.ts, a module that imports the
 * composition, a table file that imports more than table types; and edges that are fine (main.ts takes
 * module.ts, db-schema.ts the table files, a table file another's column types, a module another's index.ts).
 */
const FIXTURE: Record<string, string> = {
  'src/main.ts': [
    "import { shippingModule } from './modules/shipping/module.js';",
    "import { charge } from './modules/billing/commands/charge.js';",
    'export const app = [shippingModule, charge];',
  ].join('\n'),
  'src/cli.ts': "import { shippingModule } from './modules/shipping/module.js';\nexport const cli = shippingModule;",
  'src/db-schema.ts': "import type { ShippingTables } from './modules/shipping/db/tables.js';\nexport type DB = ShippingTables;",
  'src/platform/db.ts': "import type { DB } from '../db-schema.js';\nimport { charge } from '../modules/billing/index.js';\nexport const db: DB | undefined = undefined;\nexport const hook = charge;",
  'src/modules/billing/index.ts': "export { charge } from './commands/charge.js';",
  'src/modules/billing/commands/charge.ts': "import { rate } from './rates.js';\nexport const charge = (n: number) => n * rate;",
  'src/modules/billing/commands/rates.ts': "import { charge } from './charge.js';\nexport const rate = 2;\nexport const twice = (n: number) => charge(charge(n));",
  'src/modules/billing/commands/audit.ts': "import { cli } from '../../../cli.js';\nexport const audit = cli;",
  'src/modules/billing/db/tables.ts': 'export interface MoneyColumns { amount: number }',
  'src/modules/shipping/index.ts': "export { ship } from './commands/ship.js';",
  'src/modules/shipping/module.ts': "import { ship } from './commands/ship.js';\nexport const shippingModule = { name: 'shipping', ship };",
  'src/modules/shipping/commands/ship.ts': [
    "import { charge } from '../../billing/index.js';",
    "import { rate } from '../../billing/commands/rates.js';",
    "import { db } from '../../../platform/db.js';",
    'export const ship = (n: number) => [charge(n), rate, db];',
  ].join('\n'),
  'src/modules/shipping/db/tables.ts': [
    "import type { MoneyColumns } from '../../billing/db/tables.js';",
    "import type { charge } from '../../billing/index.js';",
    'export interface ShippingTables { shipments: MoneyColumns & { chargedBy: typeof charge } }',
  ].join('\n'),
};

const BILLING_COMMAND = /^src\/modules\/billing\/commands\/(charge|rates)\.ts$/;

describe('module edges (npm run lint: depcruise)', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'quayside-edges-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds no forbidden edge in src/', async () => {
    expect(await violations(ROOT)).toEqual([]);
  });

  it('reports a circle, an import of another module past its index.ts, a module imported by the platform, and the other wrong edges, and nothing else', async () => {
    for (const [path, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), `${text}\n`);
    }
    expect(await violations(fixture)).toEqual([
      { rule: 'app-wiring-entry-points', from: 'src/cli.ts', to: 'src/modules/shipping/module.ts' },
      { rule: 'composition-root-on-top', from: 'src/modules/billing/commands/audit.ts', to: 'src/cli.ts' },
      { rule: 'main-takes-index-and-module', from: 'src/main.ts', to: 'src/modules/billing/commands/charge.ts' },
      { rule: 'module-through-index', from: 'src/modules/shipping/commands/ship.ts', to: 'src/modules/billing/commands/rates.ts' },
      // A circle is reported once, at whichever of its edges the cruise meets first.
      { rule: 'no-circular', from: expect.stringMatching(BILLING_COMMAND), to: expect.stringMatching(BILLING_COMMAND) },
      { rule: 'platform-below-modules', from: 'src/platform/db.ts', to: 'src/modules/billing/index.ts' },
      { rule: 'tables-name-only-tables', from: 'src/modules/shipping/db/tables.ts', to: 'src/modules/billing/index.ts' },
    ]);
  });
});
