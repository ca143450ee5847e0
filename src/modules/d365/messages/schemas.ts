import { Type, type TObject, type TProperties, type TSchema } from 'typebox';
import { Id } from '../../../platform/http/schema-types.js';
import { InboundLineMessage, InboundShipmentOrderMessage, OutboundLineMessage, OutboundShipmentOrderMessage, type OrderMessageType } from '../../integration/index.js';

/**
 * The message entities of the reference (5.2) are Quayside's own message schemas with PascalCase names:
 * the fields, their bounds and which are required come from the integration module, so a message sent to
 * /data/ is checked by the same rules as one sent to /api/v1.
 */
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

const KEYS = ['sourceSystemId', 'orderNumber', 'messageId'] as const;

function pascalProperties(schema: TObject, omit: readonly string[]): TProperties {
  const props: TProperties = {};
  for (const [name, prop] of Object.entries(schema.properties as Record<string, TSchema>)) if (!omit.includes(name)) props[pascal(name)] = prop;
  return props;
}

/** What every message entity carries: D365's key, and what D365 answers that a connector may send back. */
function keyProperties(header: TObject): TProperties {
  const props = header.properties as Record<string, TSchema>;
  return {
    dataAreaId: Id({ maxLength: 10, description: "The D365 company: the source system's configured dataAreaId" }),
    SourceSystemId: Id({ maxLength: 50 }),
    OrderNumber: props.orderNumber ?? Id({ maxLength: 50 }),
    MessageId: props.messageId ?? Id({ maxLength: 100 }),
    ProcessingStatus: Type.Optional(Type.String({ maxLength: 50, description: 'Read-only; ignored when sent' })),
    '@odata.type': Type.Optional(Type.String({ maxLength: 200 })),
  };
}

function headerSchema(header: TObject): TObject {
  return Type.Object({ ...keyProperties(header), ...pascalProperties(header, [...KEYS, 'lines']) }, { additionalProperties: false });
}

function lineSchema(header: TObject, line: TObject): TObject {
  return Type.Object({ ...keyProperties(header), ...pascalProperties(line, []) }, { additionalProperties: false });
}

export interface MessageEntity {
  /** The header entity set, e.g. InboundShipmentOrderMessages; the lines' set is given too. */
  headerSet: string;
  lineSet: string;
  headerType: string;
  lineType: string;
  messageType: OrderMessageType;
  header: TObject;
  line: TObject;
  /** Quayside's schema of the whole message, checked again when Complete assembles it. */
  message: TObject;
}

export const MESSAGE_ENTITIES: readonly MessageEntity[] = [
  {
    headerSet: 'InboundShipmentOrderMessages',
    lineSet: 'InboundShipmentOrderLineMessages',
    headerType: 'InboundShipmentOrderMessage',
    lineType: 'InboundShipmentOrderLineMessage',
    messageType: 'InboundShipmentOrder',
    header: headerSchema(InboundShipmentOrderMessage),
    line: lineSchema(InboundShipmentOrderMessage, InboundLineMessage),
    message: InboundShipmentOrderMessage,
  },
  {
    headerSet: 'OutboundShipmentOrderMessages',
    lineSet: 'OutboundShipmentOrderLineMessages',
    headerType: 'OutboundShipmentOrderMessage',
    lineType: 'OutboundShipmentOrderLineMessage',
    messageType: 'OutboundShipmentOrder',
    header: headerSchema(OutboundShipmentOrderMessage),
    line: lineSchema(OutboundShipmentOrderMessage, OutboundLineMessage),
    message: OutboundShipmentOrderMessage,
  },
];

const NOT_CONTENT = new Set(['dataAreaId', 'SourceSystemId', 'OrderNumber', 'MessageId', 'ProcessingStatus', '@odata.type']);
const NO_DATE = /^1900-01-01T00:00:00(\.0+)?Z$/;

/**
 * A message entity's body as Quayside's message fields. D365 has no null for text or dates: an empty text
 * and the date 1900-01-01 mean "not given", so they are left out, as an /api/v1 client would leave them out.
 */
export function toContent(body: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (NOT_CONTENT.has(name) || value === '' || value === null) continue;
    if (typeof value === 'string' && NO_DATE.test(value)) continue;
    content[camel(name)] = value;
  }
  return content;
}

/** A stored part back as the entity's PascalCase fields. */
export function toEntity(content: Record<string, unknown>): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(content)) entity[pascal(name)] = value;
  return entity;
}
