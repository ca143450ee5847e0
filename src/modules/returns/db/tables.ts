/** What a returned line becomes, per source system's disposition code (reference 3.8, WHSSourceSystemDispositionCode). */
export interface ReturnDispositionCodesTable {
  source_system_id: string;
  disposition_code: string;
  description: string;
  /** The inventory status returned stock gets (available for restock, blocked for quarantine or scrap). */
  inventory_status_id: string;
  /** Where it is put (a quarantine or scrap location); null: the put-away location directives decide. */
  location_id: string | null;
  updated_at: number;
}

/** One return registered at the dock, and what it was checked against. */
export interface ReturnsTable {
  return_number: string;
  source_system_id: string;
  warehouse_id: string;
  /** The inbound shipment order (type Return) it was received on. */
  inbound_order_number: string;
  packing_slip_number: string | null;
  outbound_order_number: string | null;
  worker: string;
  created_at: number;
}

export interface ReturnLinesTable {
  return_number: string;
  line_number: number;
  item_number: string;
  /** Micro-units of the item's inventory unit. */
  qty: number;
  disposition_code: string;
}

export interface ReturnsTables {
  return_disposition_codes: ReturnDispositionCodesTable;
  returns: ReturnsTable;
  return_lines: ReturnLinesTable;
}
