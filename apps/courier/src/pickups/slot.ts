// Viet Nam has kept UTC+7 all year since 1975.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instant of `HH:MM` Viet Nam time on the Viet Nam day of `now`. */
export function slotInstant(now: Date, slot: string): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const [hour, minute] = slot.split(':').map(Number);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute) -
      VIETNAM_OFFSET_MS,
  );
}
