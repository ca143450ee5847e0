import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { receiveProductMessage } from '../commands/receive-message.js';
import { messageView } from '../db/message-rows.js';
import type { ProductMessageType } from '../domain/message-states.js';
import { MessageSchema, sourceSystemFor } from './message-routes.js';
import { PRODUCT_MESSAGE_SCHEMAS } from './product-message-schemas.js';

const PRODUCT_TAGS = ['product messages'];
const SEND = ['source_system', 'integration_operator'] as const;

/** The product master message intake (reference 5.3); the messages are then read and operated like order messages. */
export function productMessageRoutes(app: App, ctx: AppContext): void {
  const productIntake = (path: string, type: ProductMessageType, summary: string) =>
    app.post(
      path,
      {
        schema: {
          tags: PRODUCT_TAGS,
          summary,
          description:
            'Stored at once and processed in the background with the order messages, in arrival order per product (a variant after its master). ' +
            '202 for a new message; 200 with the stored message when the messageId is already known (nothing changes). A user key (integration operator) creates a Draft that must be queued.',
          body: PRODUCT_MESSAGE_SCHEMAS[type],
          response: { 200: MessageSchema, 202: MessageSchema },
        },
        config: { access: SEND },
      },
      async (request, reply) => {
        const content = request.body;
        const principal = principalOf(request);
        const sourceSystemId = sourceSystemFor(request, content.sourceSystemId);
        const origin = principal.kind === 'source_system' ? 'Integration' : 'ManualEntry';
        const { message, created } = await receiveProductMessage(ctx, type, sourceSystemId, content, origin);
        return reply.status(created ? 202 : 200).send(messageView(message));
      },
    );
  productIntake('/api/v1/product-messages', 'Product', 'Send a product or product master message (creates or updates the item)');
  productIntake('/api/v1/product-variant-messages', 'ProductVariant', "Send a product variant message (a variant of a product master: colour, size, style, configuration)");
  productIntake('/api/v1/product-unit-conversion-messages', 'ProductUnitConversion', "Send an item's unit conversion message (a master's holds for its variants)");
  productIntake('/api/v1/product-barcode-messages', 'ProductBarcode', "Send an item's bar code (GTIN) message");
}
