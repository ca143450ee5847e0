import { api, unwrap } from '../../api/client';

/**
 * Fetches the printable packing slip with the session (cookie and CSRF header, as every API call) and shows
 * it in a new tab; where the browser blocks the tab, it is downloaded instead.
 */
export async function openPackingSlipPdf(versionNumber: string): Promise<void> {
  const pdf = await unwrap(api.GET('/api/v1/shipment-packing-slips/{versionNumber}/pdf', { params: { path: { versionNumber } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  if (!tab) {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `packing-slip-${versionNumber}.pdf`;
    anchor.click();
  }
  // The tab has read the blob by then; the address would otherwise live as long as this page.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
