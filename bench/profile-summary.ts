import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * `node dist/bench/profile-summary.js [--top N] FILE.cpuprofile...`: where the sampled time of one or more
 * CPU profiles went, by part (SQLite, Kysely, the HTTP stack, Quayside's own code by module, garbage
 * collection) and by function (self time); `--part PREFIX` lists the functions of the parts named so only;
 * `--by-caller` also charges each sample to the innermost Quayside function (src/) on its stack, so that what a
 * function costs with the library code it calls shows (up to the last await: later parts of an async
 * function start a new stack). Native functions (better-sqlite3's statement calls, crypto)
 * are counted with the part of the JavaScript that called them.
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SQLITE = 'SQLite (better-sqlite3 and the statements it runs)';
/** Kysely's SQLite driver and our statement cache call better-sqlite3's native statement methods. */
const SQLITE_CALLERS = /kysely\/dist\/esm\/(dialect\/sqlite\/|driver\/single-connection-provider)|src\/platform\/db\/sqlite-statement-cache/;
const STATEMENT_CALLS = new Set(['run', 'all', 'get', 'iterate', 'prepare', 'exec', 'pragma']);

const PARTS: Array<[RegExp, string]> = [
  [/node_modules\/better-sqlite3\//, SQLITE],
  [/node_modules\/pg(-[a-z]+)?\//, 'PostgreSQL driver (pg)'],
  [/node_modules\/kysely\//, 'Kysely (query building, compiling, result handling)'],
  [/node_modules\/(fastify|find-my-way|light-my-request|avvio|@fastify\/[a-z-]+|fast-json-stringify|fast-uri|ajv|ajv-formats|process-warning|toad-cache|secure-json-parse|fast-querystring|content-type|abstract-logging|rfdc|json-schema-ref-resolver)\//, 'HTTP: Fastify, light-my-request, Ajv, serialization'],
  [/node_modules\/pino/, 'logging (pino)'],
  [/node_modules\//, 'other packages'],
  [/\/src\/platform\//, 'Quayside platform (src/platform)'],
  [/\/src\/modules\/([a-z-]+)\//, 'Quayside module'],
  [/\/bench\//, 'the bench itself'],
  [/^node:|^internal\//, 'Node.js internals'],
];

function partOf(frame: CallFrame, caller: CallFrame | undefined, callerPart: string | undefined): string {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(idle)' || frame.functionName === '(program)') return `${frame.functionName}`;
  if (frame.url === '' && caller && /^node:inspector/.test(caller.url)) return 'the profiler itself';
  if (frame.url === '' && caller && STATEMENT_CALLS.has(frame.functionName) && SQLITE_CALLERS.test(caller.url)) return SQLITE;
  if (frame.url === '') return callerPart ?? 'native, caller unknown';
  for (const [pattern, name] of PARTS) {
    const m = pattern.exec(frame.url);
    if (m) return name === 'Quayside module' ? `Quayside module ${m[1]}` : name;
  }
  return 'other';
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' }, part: { type: 'string' }, 'by-caller': { type: 'boolean' } } });
const top = Number(values.top ?? '25');
const byPart = new Map<string, number>();
const byFunction = new Map<string, number>();
const byCaller = new Map<string, number>();
let total = 0;
let idle = 0;

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const partOfNode = new Map<number, string>();
  const nameOfNode = new Map<number, string>();
  // Parents come before their children in the node list, so a native frame can take its caller's part.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const n of profile.nodes) {
    const p = parent.get(n.id);
    partOfNode.set(n.id, partOf(n.callFrame, p === undefined ? undefined : nodes.get(p)?.callFrame, p === undefined ? undefined : partOfNode.get(p)));
    const where = n.callFrame.url ? `${n.callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${String(n.callFrame.lineNumber + 1)}` : 'native';
    nameOfNode.set(n.id, `${n.callFrame.functionName || '(anonymous)'} ${where}`);
  }
  const callerOfNode = new Map<number, string>();
  for (const n of profile.nodes) {
    const p = parent.get(n.id);
    const own = /\/src\//.test(n.callFrame.url) ? nameOfNode.get(n.id) : undefined;
    callerOfNode.set(n.id, own ?? (p === undefined ? 'no Quayside function on the stack' : (callerOfNode.get(p) ?? 'no Quayside function on the stack')));
  }
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const part = partOfNode.get(id) ?? 'other';
    if (part === '(idle)' || part === 'the profiler itself') {
      idle += dt;
      return;
    }
    total += dt;
    byPart.set(part, (byPart.get(part) ?? 0) + dt);
    if (values.part !== undefined && !part.startsWith(values.part)) return;
    const name = nameOfNode.get(id) ?? String(nodes.get(id)?.callFrame.functionName);
    byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
    const caller = callerOfNode.get(id) ?? '?';
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + dt);
  });
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
console.log(`${positionals.length} profile(s): ${(total / 1e6).toFixed(2)} s sampled busy, ${(idle / 1e6).toFixed(2)} s idle or in the profiler\n`);
console.log('By part (self time):');
for (const [part, us] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us)}  ${part}`);
console.log(`\nTop ${String(top)} functions (self time):`);
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${name}`);
if (values['by-caller']) {
  console.log(`\nTop ${String(top)} Quayside functions, with what they call until their next await:`);
  for (const [name, us] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${name}`);
}
