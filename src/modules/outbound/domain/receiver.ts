const COUNTRY = /^[A-Z]{2,3}$/;

/**
 * An outbound order must say who receives it: a receiver or consignee name and an ISO 3166 country/region
 * (reference 1.3), whether it comes in a message or is entered at the desk. `field` names a party field
 * as the caller's document does.
 */
export function receiverProblems(parties: Record<string, unknown>, field: (name: string) => string): Array<{ text: string; field: string; value: string | null }> {
  const text = (name: string) => {
    const value = parties[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const problems: Array<{ text: string; field: string; value: string | null }> = [];
  if (!text('consigneeName') && !text('receiverName')) problems.push({ text: 'An outbound order needs consigneeName or receiverName', field: field('receiverName'), value: null });
  const country = text('receiverCountryRegionId') ?? text('consigneeCountryRegionId');
  if (!country) problems.push({ text: 'An outbound order needs receiverCountryRegionId or consigneeCountryRegionId', field: field('receiverCountryRegionId'), value: null });
  else if (!COUNTRY.test(country)) {
    problems.push({ text: `Country/region '${country}' is not an ISO 3166 code`, field: field(text('receiverCountryRegionId') ? 'receiverCountryRegionId' : 'consigneeCountryRegionId'), value: country });
  }
  return problems;
}
