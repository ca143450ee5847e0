import type { App } from '../../../platform/http/server.js';
import { ODATA_VERSION, odataJson, serviceRoot } from '../odata/headers.js';
import { metadataXml, serviceDocument } from '../odata/metadata.js';
import { READ } from './document-routes.js';

/** The service document (/data/) and $metadata; like D365's, both need a credential. */
export function serviceRoutes(data: App): void {
  let metadata: string | undefined;
  data.get('/', { schema: { hide: true }, config: { access: READ } }, async (request, reply) => odataJson(reply, 200, serviceDocument(serviceRoot(request))));
  data.get('/$metadata', { schema: { hide: true }, config: { access: READ } }, async (_request, reply) => {
    metadata ??= metadataXml();
    return reply.status(200).header('odata-version', ODATA_VERSION).type('application/xml').send(metadata);
  });
}
