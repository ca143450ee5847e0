export const RECEIVING_STATUSES = ['Open', 'PartiallyReceived', 'Received'] as const;
export const LOAD_STATUSES = ['Open', 'Shipped', 'InProcess', 'Received'] as const;
export const POSTING_STATUSES = ['ReadyForPosting', 'Posted', 'Canceled'] as const;
