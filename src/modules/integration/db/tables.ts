import type { Generated } from 'kysely';

export interface ShipmentOrderMessagesTable {
  id: Generated<number>;
  source_system_id: string;
  message_id: string;
  version: number;
  message_type: string;
  order_number: string;
  /** type|source system|order number: the unit of in-order processing. */
  order_key: string;
  /** Position in the order's queue; a new version of a message takes the old one's place. */
  seq: number;
  processing_status: string;
  processor_state: string;
  origin: string;
  previous_version_id: number | null;
  replaced_by_id: number | null;
  content: string;
  attempts: number;
  next_attempt_at: number;
  received_at: number;
  updated_at: number;
  processed_at: number | null;
  last_error: string | null;
  result_order_number: string | null;
}

export interface MessageLogTable {
  id: Generated<number>;
  message_pk: number;
  attempt: number;
  at: number;
  level: string;
  text: string;
  field: string | null;
  value: string | null;
}

/** A message removed by retention, by its source system's id: a resend of that id is refused, never applied again. */
export interface RemovedShipmentOrderMessagesTable {
  source_system_id: string;
  message_id: string;
  message_type: string;
  order_number: string;
  removed_at: number;
}

export interface IntegrationTables {
  removed_shipment_order_messages: RemovedShipmentOrderMessagesTable;
  shipment_order_messages: ShipmentOrderMessagesTable;
  message_log: MessageLogTable;
}
