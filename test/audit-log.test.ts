import { beforeAll, describe, expect, it } from 'vitest';
import { REFUSALS_PER_MINUTE } from '../src/platform/audit/refusals.js';
import { defaultConfig } from '../src/platform/config.js';
import { platformRetentionTasks } from '../src/platform/retention/platform-tasks.js';
import { runRetention } from '../src/platform/retention/retention.js';
import { createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { readyUser, type Credentials } from './support/users.js';

const DAY = 86_400_000;

interface Entry {
  id: number;
  at: string;
  action: string;
  outcome: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  sourceSystemId: string | null;
  clientIp: string | null;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, any>;
}

describe('the audit log', () => {
  // Loopback receivers are allowed so that a subscription can be saved without a name to look up; none is ever sent to.
  const t = useTestApp({ config: { webhooks: { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] } } });
  const secretsSeen: string[] = [];
  let olga: Credentials;

  /** Every entry the filter matches (all pages), oldest first. */
  const entries = async (filter: Record<string, string> = {}, as: Client = t().admin): Promise<Entry[]> => {
    const found: Entry[] = [];
    for (let offset = 0; ; offset += 1000) {
      const query = new URLSearchParams({ ...filter, sort: 'at', order: 'asc', limit: '1000', offset: String(offset) });
      const res = await as.get(`/api/v1/audit-log?${query.toString()}`);
      expect(res.status).toBe(200);
      found.push(...res.body.items);
      if (found.length >= res.body.total) return found;
    }
  };
  const last = async (filter: Record<string, string>) => (await entries(filter)).at(-1);
  const signIn = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    t().q.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password }, remoteAddress });

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    olga = await readyUser(t(), { username: 'olga', role: 'warehouse_manager' });
    secretsSeen.push(olga.password, 'set-by-admin-olga-1');
  });

  it('records a sign-in with who, when and the client address, and failures with the reason but never the password', async () => {
    const ok = await signIn('olga', olga.password, '192.0.2.10');
    expect(ok.statusCode).toBe(201);
    secretsSeen.push(ok.json().token);
    const signedIn = await last({ action: 'auth.sign_in', outcome: 'success', actor: 'olga' });
    expect(signedIn).toMatchObject({ actorType: 'user', actorId: 'olga', actorName: 'olga', clientIp: '192.0.2.10', targetType: 'user', targetId: 'olga', at: new Date(t().clock.now()).toISOString() });

    expect((await signIn('olga', 'not-olgas-password-at-all', '192.0.2.11')).statusCode).toBe(401);
    expect((await signIn('olga-typed-her-password-here', 'whatever-else-1', '192.0.2.12')).statusCode).toBe(401);
    secretsSeen.push('not-olgas-password-at-all', 'olga-typed-her-password-here', 'whatever-else-1');
    const failures = await entries({ action: 'auth.sign_in', outcome: 'failure' });
    expect(failures.map((e) => ({ actorType: e.actorType, actorName: e.actorName, clientIp: e.clientIp, targetId: e.targetId, detail: e.detail }))).toEqual([
      { actorType: 'anonymous', actorName: null, clientIp: '192.0.2.11', targetId: 'olga', detail: { reason: 'wrong_password' } },
      // The typed username is not kept: people type their password there now and then.
      { actorType: 'anonymous', actorName: null, clientIp: '192.0.2.12', targetId: null, detail: { reason: 'unknown_user' } },
    ]);
  });

  it('records the lockout after ten wrong passwords in a row, and the refusals while locked', async () => {
    const lou = await readyUser(t(), { username: 'lou', role: 'planner' });
    for (let i = 0; i < 10; i++) expect((await signIn('lou', `lou-guess-number-${String(i)}`)).statusCode).toBe(401);
    expect((await signIn('lou', lou.password)).statusCode).toBe(401);
    const lockouts = await entries({ action: 'auth.locked_out' });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]).toMatchObject({ outcome: 'failure', targetType: 'user', targetId: 'lou', detail: { failedInARow: 10, lockedUntil: new Date(t().clock.now() + 5 * 60_000).toISOString() } });
    const lou_ = await entries({ action: 'auth.sign_in', targetId: 'lou', outcome: 'failure' });
    expect(lou_.map((e) => e.detail.reason)).toEqual([...Array<string>(10).fill('wrong_password'), 'locked']);
    t().clock.advance(5 * 60_000);
  });

  it('records user changes: creation, display name, role, disabling and enabling, a password reset and a password change', async () => {
    const created = await t().admin.post('/api/v1/users', { username: 'uma', role: 'planner', password: 'uma-first-secret-77' });
    expect(created.status).toBe(201);
    secretsSeen.push('uma-first-secret-77');
    for (const change of [{ displayName: 'Uma P.' }, { role: 'warehouse_manager' }, { disabled: true }, { disabled: false }, { password: 'uma-second-secret-88' }, { role: 'warehouse_manager' }]) {
      expect((await t().admin.patch('/api/v1/users/uma', change)).status).toBe(200);
    }
    secretsSeen.push('uma-second-secret-88');
    const uma = await entries({ targetType: 'user', targetId: 'uma' });
    expect(uma.map((e) => [e.action, e.actorType, e.actorName, e.detail])).toEqual([
      ['user.created', 'api_key', 'test admin', { role: 'planner', displayName: 'uma' }],
      ['user.updated', 'api_key', 'test admin', { displayName: { from: 'uma', to: 'Uma P.' } }],
      ['user.role_changed', 'api_key', 'test admin', { from: 'planner', to: 'warehouse_manager' }],
      ['user.disabled', 'api_key', 'test admin', { sessionsEnded: true }],
      ['user.enabled', 'api_key', 'test admin', {}],
      ['user.password_reset', 'api_key', 'test admin', { sessionsEnded: true, lockLifted: true }],
      // Giving the role she already has changes nothing, and records nothing.
    ]);

    const session = await signIn('uma', 'uma-second-secret-88');
    const own = t().as(session.json().token);
    expect((await own.put('/api/v1/session/password', { currentPassword: 'wrong-current-one-1', newPassword: 'uma-third-secret-99' })).status).toBe(400);
    expect((await own.put('/api/v1/session/password', { currentPassword: 'uma-second-secret-88', newPassword: 'uma-third-secret-99' })).status).toBe(200);
    expect((await own.delete('/api/v1/session')).status).toBe(204);
    secretsSeen.push('wrong-current-one-1', 'uma-third-secret-99', session.json().token);
    const byUma = await entries({ actor: 'uma' });
    expect(byUma.map((e) => [e.action, e.outcome, e.detail])).toEqual([
      ['auth.sign_in', 'success', {}],
      ['user.password_changed', 'failure', { reason: 'wrong_current_password' }],
      ['user.password_changed', 'success', {}],
      ['auth.sign_out', 'success', {}],
    ]);
  });

  it('leaves no entry for a change that was refused and rolled back', async () => {
    const before = (await entries()).length;
    // The last enabled admin user may not be demoted (her PATCH fails inside its transaction).
    await t().admin.post('/api/v1/users', { username: 'ada', role: 'admin', password: 'ada-admin-secret-42' });
    secretsSeen.push('ada-admin-secret-42');
    const demote = await t().admin.patch('/api/v1/users/ada', { role: 'planner', displayName: 'Ada' });
    expect(demote.status).toBe(409);
    const after = await entries();
    expect(after.slice(before).map((e) => e.action)).toEqual(['user.created']);
  });

  it('records API key creation and revocation by id, name and prefix, never the key', async () => {
    const created = await t().admin.post('/api/v1/api-keys', { name: 'scanner script', role: 'warehouse_worker' });
    expect(created.status).toBe(201);
    secretsSeen.push(created.body.key);
    expect((await t().admin.delete(`/api/v1/api-keys/${String(created.body.id)}`)).status).toBe(204);
    const keyEntries = await entries({ targetType: 'api_key', targetId: String(created.body.id) });
    expect(keyEntries.map((e) => [e.action, e.actorName, e.detail])).toEqual([
      ['api_key.created', 'test admin', { name: 'scanner script', prefix: created.body.prefix, role: 'warehouse_worker', expiresAt: null }],
      ['api_key.revoked', 'test admin', { name: 'scanner script', prefix: created.body.prefix }],
    ]);
  });

  it('records source system settings: what was given at creation, and each change with before and after', async () => {
    const created = await t().admin.post('/api/v1/source-systems', { sourceSystemId: 'ERPA', name: 'ERP A', defaultOwnerId: 'OWN-A' });
    expect(created.status).toBe(201);
    expect((await t().admin.patch('/api/v1/source-systems/ERPA', { manualInboundOrderCreation: true, name: 'ERP A (live)', expectedVersion: 1 })).status).toBe(200);
    // A stale version is refused in the transaction: no entry.
    expect((await t().admin.patch('/api/v1/source-systems/ERPA', { manualOutboundOrderCreation: true, expectedVersion: 1 })).status).toBe(409);
    const erpa = await entries({ targetType: 'source_system', targetId: 'ERPA' });
    expect(erpa.map((e) => [e.action, e.detail])).toEqual([
      ['source_system.created', { settings: { name: 'ERP A', defaultOwnerId: 'OWN-A' } }],
      ['source_system.updated', { changes: { name: { from: 'ERP A', to: 'ERP A (live)' }, manualInboundOrderCreation: { from: false, to: true } }, version: 2 }],
    ]);
  });

  it('records item mappings saved (one by one or imported) and removed, and nothing for a refused import', async () => {
    expect((await t().admin.post('/api/v1/source-systems', { sourceSystemId: 'ERPM', name: 'ERP M', defaultOwnerId: 'OWN-A' })).status).toBe(201);
    expect((await t().admin.put('/api/v1/source-systems/ERPM/items/EXT-1', { itemNumber: 'ITEM-1' })).status).toBe(200);
    expect((await t().admin.post('/api/v1/source-systems/ERPM/items/import', [{ externalItemNumber: 'EXT-1', itemNumber: 'ITEM-1' }, { externalItemNumber: 'EXT-2', itemNumber: 'ITEM-1' }])).status).toBe(200);
    // An unknown item refuses the whole import: nothing is mapped, so nothing is recorded.
    expect((await t().admin.post('/api/v1/source-systems/ERPM/items/import', [{ externalItemNumber: 'EXT-3', itemNumber: 'NO-SUCH-ITEM' }])).status).toBe(422);
    expect((await t().admin.delete('/api/v1/source-systems/ERPM/items/EXT-2')).status).toBe(204);
    expect((await t().admin.delete('/api/v1/source-systems/ERPM/items/EXT-2')).status).toBe(404);
    const mappings = (await entries({ targetType: 'source_system', targetId: 'ERPM' })).filter((e) => e.action.startsWith('item_mapping.'));
    expect(mappings.map((e) => [e.action, e.detail])).toEqual([
      ['item_mapping.saved', { created: 1, updated: 0, rows: ['EXT-1 -> ITEM-1'] }],
      ['item_mapping.saved', { created: 1, updated: 1, rows: ['EXT-1 -> ITEM-1', 'EXT-2 -> ITEM-1'] }],
      ['item_mapping.removed', { externalItemNumber: 'EXT-2', itemNumber: 'ITEM-1' }],
    ]);
  });

  it('records webhook subscription changes by the source system key that made them, keeping only the receiver origin', async () => {
    const erpKey = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERPA' }, 'ERPA integration');
    const erp = t().as(erpKey);
    secretsSeen.push(erpKey);
    const url = 'http://hook-user:hook-pass@127.0.0.1:9/hooks/path-secret-123?token=query-secret-456';
    const created = await erp.post('/api/v1/webhook-subscriptions', { url, eventTypes: ['*'], active: false });
    expect(created.status).toBe(201);
    secretsSeen.push(created.body.secret, 'hook-pass', 'path-secret-123', 'query-secret-456');
    const id = String(created.body.id);
    expect((await erp.patch(`/api/v1/webhook-subscriptions/${id}`, { eventTypes: ['messageProcessor.messageFailed'], description: 'errors only' })).status).toBe(200);
    const rotated = await erp.post(`/api/v1/webhook-subscriptions/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    secretsSeen.push(rotated.body.secret);
    expect((await erp.delete(`/api/v1/webhook-subscriptions/${id}`)).status).toBe(204);

    const subscription = await entries({ targetType: 'webhook_subscription', targetId: id });
    expect(subscription.map((e) => [e.action, e.actorType, e.actorName, e.sourceSystemId, e.detail])).toEqual([
      ['webhook_subscription.created', 'api_key', 'ERPA integration', 'ERPA', { urlOrigin: 'http://127.0.0.1:9', eventTypes: ['*'], sourceSystemId: 'ERPA', active: false }],
      ['webhook_subscription.updated', 'api_key', 'ERPA integration', 'ERPA', { changed: ['eventTypes', 'description'], eventTypes: ['messageProcessor.messageFailed'] }],
      ['webhook_subscription.secret_rotated', 'api_key', 'ERPA integration', 'ERPA', { oldOneAlsoSignsUntil: new Date(t().clock.now() + DAY).toISOString() }],
      ['webhook_subscription.deleted', 'api_key', 'ERPA integration', 'ERPA', { urlOrigin: 'http://127.0.0.1:9', sourceSystemId: 'ERPA' }],
    ]);
    expect(subscription.every((e) => e.actorId === subscription[0]?.actorId && /^\d+$/.test(e.actorId ?? ''))).toBe(true);
  });

  it('is for admins only: anyone else gets 403, and that refusal is itself recorded', async () => {
    const manager = t().as((await signIn('olga', olga.password)).json().token);
    const refused = await manager.get('/api/v1/audit-log');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    const erp = t().as(await t().newKey({ kind: 'source_system', sourceSystemId: 'ERPA' }, 'ERPA reader'));
    expect((await erp.get('/api/v1/audit-log')).status).toBe(403);
    // Confined to its own source system, the key may not name another: a 403 from the route itself.
    expect((await erp.get('/api/v1/webhook-subscriptions?sourceSystemId=ERPB')).status).toBe(403);

    const refusals = await entries({ action: 'access.refused' });
    expect(refusals.map((e) => [e.outcome, e.actorType, e.actorName, e.sourceSystemId, e.targetType, e.targetId, e.detail.code, e.detail.path])).toEqual([
      ['refused', 'user', 'olga', null, 'route', 'GET /api/v1/audit-log', 'AUTH.FORBIDDEN', '/api/v1/audit-log'],
      ['refused', 'api_key', 'ERPA reader', 'ERPA', 'route', 'GET /api/v1/audit-log', 'AUTH.FORBIDDEN', '/api/v1/audit-log'],
      ['refused', 'api_key', 'ERPA reader', 'ERPA', 'route', 'GET /api/v1/webhook-subscriptions', 'AUTH.FORBIDDEN', '/api/v1/webhook-subscriptions'],
    ]);
  });

  it('records at most a bounded number of refusals per caller a minute, and says how many it left out', async () => {
    const worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'noisy script'));
    for (let i = 0; i < REFUSALS_PER_MINUTE + 5; i++) expect((await worker.get('/api/v1/users')).status).toBe(403);
    expect(await entries({ action: 'access.refused', actor: 'noisy script' })).toHaveLength(REFUSALS_PER_MINUTE);
    t().clock.advance(60_000);
    expect((await worker.get('/api/v1/users')).status).toBe(403);
    const noisy = await entries({ action: 'access.refused', actor: 'noisy script' });
    expect(noisy).toHaveLength(REFUSALS_PER_MINUTE + 1);
    expect(noisy.at(-1)?.detail.notRecordedBefore).toBe(5);
  });

  it('filters by action, actor, outcome and time, pages, and refuses a time range that ends before it starts', async () => {
    const all = await entries();
    const page = await t().admin.get('/api/v1/audit-log?limit=2');
    expect(page.body.total).toBe(all.length);
    // Newest first by default.
    expect(page.body.items.map((e: Entry) => e.id)).toEqual(all.slice(-2).reverse().map((e) => e.id));

    expect((await entries({ action: 'api_key.created' })).every((e) => e.action === 'api_key.created')).toBe(true);
    expect((await entries({ actor: 'test admin' })).every((e) => e.actorName === 'test admin')).toBe(true);
    const byKeyId = await entries({ actor: all.find((e) => e.actorName === 'test admin')?.actorId ?? '' });
    expect(byKeyId.length).toBe((await entries({ actor: 'test admin' })).length);
    expect((await entries({ outcome: 'refused' })).every((e) => e.action === 'access.refused')).toBe(true);

    // Everything so far happened before the clock moves on; what happens after it falls in the later range.
    const boundary = t().clock.now() + 1;
    t().clock.advance(60_000);
    await t().admin.patch('/api/v1/users/uma', { displayName: 'Uma Planner' });
    const later = await entries({ from: new Date(boundary).toISOString() });
    expect(later.map((e) => e.action)).toEqual(['user.updated']);
    expect((await entries({ to: new Date(boundary).toISOString() })).length).toBe(all.length);

    const backwards = await t().admin.get(`/api/v1/audit-log?from=${new Date(boundary).toISOString()}&to=${new Date(boundary - 1000).toISOString()}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'to', reason: 'must be after from' });
    const unknown = await t().admin.get('/api/v1/audit-log?action=user.teleported');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('querystring.action');
  });

  it('never holds a password, key, token or secret in any entry', async () => {
    const stored = JSON.stringify(await t().q.ctx.db.kysely.selectFrom('audit_log').selectAll().execute());
    expect(secretsSeen.length).toBeGreaterThan(15);
    for (const secret of secretsSeen) expect(stored, `the audit log holds ${secret}`).not.toContain(secret);
  });

  it('cannot be changed through the API: the only operation on it is a read', async () => {
    const doc = await t().admin.get('/openapi.json');
    expect(Object.keys(doc.body.paths['/api/v1/audit-log'])).toEqual(['get']);
    expect(Object.keys(doc.body.paths).filter((p) => p.startsWith('/api/v1/audit-log'))).toEqual(['/api/v1/audit-log']);
  });

  it('is kept for retention.auditLogDays, then removed by the retention process', async () => {
    const now = t().clock.now();
    const count = async () => (await t().q.ctx.db.kysely.selectFrom('audit_log').select('id').execute()).length;
    const before = await count();
    const auditOnly = (days: number) => platformRetentionTasks({ ...t().q.ctx.config, retention: { ...t().q.ctx.config.retention, auditLogDays: days } }).filter((task) => task.name === 'auditLog');
    expect(t().q.ctx.config.retention.auditLogDays).toBe(400);
    // 399 days later everything stays; 401 days later all but the entry of day 400 is old enough to go.
    expect(await runRetention(t().q.ctx.db.kysely, now + 399 * DAY, auditOnly(400), { batchSize: 5, maxBatchesPerRun: 1000 })).toEqual({ auditLog: 0 });
    expect(await count()).toBe(before);
    t().clock.set(now + 400 * DAY);
    await t().admin.patch('/api/v1/users/uma', { displayName: 'Uma (kept)' });
    const kept = await t().q.ctx.db.kysely.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(await runRetention(t().q.ctx.db.kysely, now + 401 * DAY, auditOnly(400), { batchSize: 5, maxBatchesPerRun: 1000 })).toEqual({ auditLog: before });
    expect((await t().q.ctx.db.kysely.selectFrom('audit_log').select('id').execute()).map((r) => r.id)).toEqual([kept.id]);
  });
});
