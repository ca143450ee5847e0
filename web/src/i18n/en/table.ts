/** Tables, filters and lookups: the words every list shares. */
export const table = {
  loading: 'Loading {{what}}',
  empty: 'Nothing here yet.',
  range: '{{from}}–{{to}} of {{total}}',
  previous: 'Previous',
  next: 'Next',
  exportCsv: 'Export CSV',
  exportHint: 'Every row matching the filters, in this order (up to 100,000 rows).',
  selectPage: 'Select every row on this page',
  filter: { any: 'Any', apply: 'Apply', clear: 'Clear' },
  lookup: { choices: 'Choices', none: 'Nothing matches “{{text}}”.' },
};
