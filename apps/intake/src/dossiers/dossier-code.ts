// Vietnam keeps UTC+7 all year; the reception day of a dossier code is the day in Vietnam.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Highest sequence a unit can give in one day: the code has four digits. */
export const MAX_DAILY_SEQUENCE = 9999;

/** The calendar day in Vietnam of an instant, as `YYYY-MM-DD`. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `<unit code>-<YYMMDD>-<NNNN>` (Circular 01/2018 Art. 19), e.g. `000.00.20.H41-251027-0361`. */
export function formatDossierCode(unitCode: string, day: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw new RangeError(`sequence ${sequence} is outside 1..${MAX_DAILY_SEQUENCE}`);
  }
  const compactDay = day.slice(2).replace(/-/g, '');
  return `${unitCode}-${compactDay}-${String(sequence).padStart(4, '0')}`;
}
