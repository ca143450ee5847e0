/** The D365 company (dataAreaId) a source system is; stored in lower case, as D365 answers it. */
export interface D365CompaniesTable {
  source_system_id: string;
  data_area_id: string;
  updated_at: number;
}

/** A shipment order message header sent to /data/, waiting for its lines and the Complete action. */
export interface D365StagedMessagesTable {
  source_system_id: string;
  message_id: string;
  /** InboundShipmentOrder or OutboundShipmentOrder. */
  message_type: string;
  order_number: string;
  /** The header in Quayside's message fields (camelCase JSON), without lines. */
  header: string;
  created_at: number;
  updated_at: number;
}

export interface D365StagedLinesTable {
  source_system_id: string;
  message_id: string;
  line_number: number;
  /** The line in Quayside's message fields (camelCase JSON). */
  content: string;
  created_at: number;
}

export interface D365Tables {
  d365_companies: D365CompaniesTable;
  d365_staged_messages: D365StagedMessagesTable;
  d365_staged_lines: D365StagedLinesTable;
}
