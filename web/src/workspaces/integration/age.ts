/** A wait in seconds as the largest sensible unit, e.g. "3 min" or "2 h 5 min". */
export function formatAge(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${String(Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${String(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${String(hours)} h ${String(minutes % 60)} min`;
  return `${String(Math.floor(hours / 24))} d ${String(hours % 24)} h`;
}

export function formatInterval(seconds: number): string {
  if (seconds % 3600 === 0) return `every ${String(seconds / 3600)} h`;
  if (seconds % 60 === 0) return `every ${String(seconds / 60)} min`;
  return `every ${String(seconds)} s`;
}
