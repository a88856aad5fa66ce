import type { TicketCallV1 } from '@motcua/contracts';

export const BOARD_ROWS = 10;

/** A new call goes on top; a recall of a number already shown moves it up instead of showing it twice. */
export function addCall(calls: readonly TicketCallV1[], call: TicketCallV1): TicketCallV1[] {
  return [
    call,
    ...calls.filter((shown) => !(shown.number === call.number && shown.counterNumber === call.counterNumber)),
  ].slice(0, BOARD_ROWS);
}
