import type { AddressInfo } from 'node:net';
import { D365Connector } from './d365-connector.js';
import type { TestApp } from './harness.js';

async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The test app on a real port on 127.0.0.1, so that connectors and OData clients speak HTTP to it. */
export async function listen(t: TestApp): Promise<string> {
  if (!t.q.app.server.listening) await t.q.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.q.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${String(address.port)}`;
}

/** The client id of a source system's key: its prefix, as the API key list shows it. */
export async function clientIdOf(t: TestApp, sourceSystemId: string): Promise<string> {
  const keys = await ok(t.admin.get('/api/v1/api-keys'), 'api keys');
  const key = keys.items.filter((k: any) => k.sourceSystemId === sourceSystemId && k.revokedAt === null).at(-1);
  return String(key.prefix);
}

/** A connector for a source system, configured as for D365 but with Quayside's base URL. */
export async function connectorFor(t: TestApp, baseUrl: string, sourceSystemId: string, key: string, dataAreaId: string): Promise<D365Connector> {
  return new D365Connector({
    environmentUrl: baseUrl,
    tokenUrl: `${baseUrl}/contoso.onmicrosoft.com/oauth2/v2.0/token`,
    clientId: await clientIdOf(t, sourceSystemId),
    clientSecret: key,
    dataAreaId,
    sourceSystemId,
  });
}
