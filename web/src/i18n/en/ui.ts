/** Words of the design system's pieces (web/src/ui): loading, overviews, charts, confirmations. */
export const ui = {
  loading: 'Loading',
  loadingOverview: 'Loading the overview',
  asOf: 'As of {{time}}',
  refresh: 'Refresh',
  figures: 'Figures',
  figuresOf: 'Figures: {{title}}',
  others: 'Others',
  age: { under1h: 'Under 1 hour', '1to4h': '1–4 hours', '4to24h': '4–24 hours', '1to3d': '1–3 days', '3to7d': '3–7 days', over7d: 'Over 7 days' },
  goBack: 'Go back',
  confirm: 'Confirm',
  sending: 'Sending…',
  noZone: 'No zone',
  noWorker: 'No worker',
};
