// Vietnam keeps UTC+7 all year (no daylight saving since 1975).
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (`YYYY-MM-DD`) of an instant: the cashier's day a payment belongs to. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in Vietnam of an instant: receipt numbers restart each 1 January. */
export function vietnamYear(at: Date): number {
  return Number(vietnamDay(at).slice(0, 4));
}
