import { randomUUID } from 'node:crypto';

/**
 * An ERP connector written for Dynamics 365's warehouse management only mode, from Microsoft's sample
 * requests as the reference describes them (microsoft/dynamics365scm-warehouse, wom-http/*.http; reference
 * 5.1-5.4): an Azure AD client-credentials token, then OData requests to <environment>/data/. It is configured
 * as it would be for D365: an environment URL, a token URL, a client id and secret, a company and a source
 * system. Pointing it at Quayside changes those URLs and nothing else; it speaks plain HTTP through fetch.
 */
export interface ConnectorSettings {
  /** D365: https://<env>.operations.dynamics.com; Quayside: its base URL. */
  environmentUrl: string;
  /** D365: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token; Quayside: <base URL>/<tenant>/oauth2/v2.0/token. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  dataAreaId: string;
  sourceSystemId: string;
}

export interface ODataResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class D365Connector {
  private token: string | undefined;

  constructor(readonly settings: ConnectorSettings) {}

  async authenticate(): Promise<ODataResponse> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.settings.clientId,
      client_secret: this.settings.clientSecret,
      scope: `${this.settings.environmentUrl}/.default`,
    });
    const res = await fetch(this.settings.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    const body = (await res.json()) as { access_token?: string };
    this.token = body.access_token;
    return { status: res.status, body, headers: res.headers };
  }

  /** Forgets the token, as a connector does once expires_in has passed, or uses a given one (a stale one, in a test). */
  useToken(token: string | undefined): void {
    this.token = token;
  }

  get currentToken(): string | undefined {
    return this.token;
  }

  async request(method: 'GET' | 'POST', pathOrUrl: string, body?: unknown, headers: Record<string, string> = {}): Promise<ODataResponse> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.settings.environmentUrl}/data/${pathOrUrl}`;
    const res = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        'odata-version': '4.0',
        'odata-maxversion': '4.0',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json; odata.metadata=minimal' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: type.includes('json') && text ? JSON.parse(text) : text, headers: res.headers };
  }

  private key(orderNumber: string, messageId: string): string {
    const q = (v: string) => `'${encodeURIComponent(v.replaceAll("'", "''"))}'`;
    return `(dataAreaId=${q(this.settings.dataAreaId)},SourceSystemId=${q(this.settings.sourceSystemId)},OrderNumber=${q(orderNumber)},MessageId=${q(messageId)})`;
  }

  /**
   * WOM-In-PostInboundShipmentOrderMessages / WOM-Out-PostOutboundShipmentOrderMessages: the header, each line
   * with the same MessageId, then the bound action Complete. Returns every answer, in order.
   */
  async sendShipmentOrder(direction: 'Inbound' | 'Outbound', header: Record<string, unknown>, lines: Record<string, unknown>[]): Promise<{ messageId: string; answers: ODataResponse[] }> {
    const messageId = randomUUID();
    const orderNumber = String(header.OrderNumber);
    const keys = { dataAreaId: this.settings.dataAreaId, SourceSystemId: this.settings.sourceSystemId, OrderNumber: orderNumber, MessageId: messageId };
    const answers: ODataResponse[] = [];
    answers.push(await this.request('POST', `${direction}ShipmentOrderMessages?cross-company=true`, { ...keys, ...header }));
    for (const line of lines) answers.push(await this.request('POST', `${direction}ShipmentOrderLineMessages?cross-company=true`, { ...keys, ...line }));
    answers.push(await this.request('POST', `${direction}ShipmentOrderMessages${this.key(orderNumber, messageId)}/Microsoft.Dynamics.DataEntities.Complete?cross-company=true`, {}));
    return { messageId, answers };
  }

  /** WOM-*-Get*: an entity set read with $filter and other query options, after a business event. */
  async read(entitySet: string, options: Record<string, string>, headers: Record<string, string> = {}): Promise<ODataResponse> {
    const query = Object.entries({ 'cross-company': 'true', ...options })
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    return this.request('GET', `${entitySet}?${query}`, undefined, headers);
  }

  /** Reads every page, following @odata.nextLink as the server gives it. */
  async readAllPages(entitySet: string, options: Record<string, string>, pageSize: number): Promise<ODataResponse[]> {
    const pages: ODataResponse[] = [];
    let page = await this.read(entitySet, options, { prefer: `odata.maxpagesize=${String(pageSize)}` });
    pages.push(page);
    while (page.status === 200 && typeof page.body['@odata.nextLink'] === 'string' && pages.length < 100) {
      page = await this.request('GET', page.body['@odata.nextLink'], undefined, { prefer: `odata.maxpagesize=${String(pageSize)}` });
      pages.push(page);
    }
    return pages;
  }
}
