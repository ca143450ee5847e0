/** A source system's inbound shipment order policies (per order type and account). */
export const policies = {
  title: 'Inbound order policies',
  hint: "Load synchronization and delivery policy for orders of one type and/or consigner account. The most specific row applies; orders no row matches follow the settings above. Leave a field empty for 'any'.",
  caption: 'Inbound order policies of {{sourceSystemId}}',
  orderType: 'Order type',
  account: 'Consigner account',
  any: 'any',
  loadSync: 'Load synchronization',
  delivery: 'Delivery policy',
  remove: 'Remove row {{row}}',
  add: 'Add a row',
  save: 'Save policies',
  saved: 'Policies saved.',
  none: 'No rows: every order follows the source system settings.',
  loading: 'Loading the policies',
};
