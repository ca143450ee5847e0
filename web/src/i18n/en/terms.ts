/** The API's codes for kinds of things (work types, order types, location types) in words. */
export const terms = {
  workType: { Pick: 'Pick', PutAway: 'Put-away', Count: 'Count' },
  lineType: { Pick: 'Pick', Put: 'Put' },
  orderType: { InboundShipmentOrder: 'Inbound shipment order', OutboundShipmentOrder: 'Outbound shipment order', Purchase: 'Purchase', Sales: 'Sales', TransferReceipt: 'Transfer receipt', TransferIssue: 'Transfer issue' },
  locationType: { receipt: 'Receipt', storage: 'Storage', pick: 'Pick', staging: 'Staging', bayDoor: 'Bay door' },
  movementKind: { Receipt: 'Receipts', Issue: 'Issues', Transfer: 'Moves', Adjustment: 'Adjustments', StatusChange: 'Status changes' },
  yes: 'Yes',
  no: 'No',
  blocked: '{{status}} (blocked)',
};
