import { MessageStatus } from '@motcua/contracts';

/**
 * queued → sending → delivered | failed → permanently failed, and never back. A failed message that is
 * retried stays failed until an attempt succeeds (delivered) or the last one fails (permanently failed); a
 * provider report arriving late or out of order cannot undo a later state.
 */
const NEXT: Record<MessageStatus, readonly MessageStatus[]> = {
  [MessageStatus.Queued]: [
    MessageStatus.Sending,
    MessageStatus.Delivered,
    MessageStatus.Failed,
    MessageStatus.PermanentlyFailed,
  ],
  [MessageStatus.Sending]: [MessageStatus.Delivered, MessageStatus.Failed, MessageStatus.PermanentlyFailed],
  [MessageStatus.Failed]: [MessageStatus.Failed, MessageStatus.Delivered, MessageStatus.PermanentlyFailed],
  [MessageStatus.Delivered]: [],
  [MessageStatus.PermanentlyFailed]: [],
};

export function canMove(from: MessageStatus, to: MessageStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a message may be in to move to `to`. */
export function statusesBefore(to: MessageStatus): MessageStatus[] {
  return (Object.keys(NEXT) as MessageStatus[]).filter((from) => canMove(from, to));
}

export function isFinal(status: MessageStatus): boolean {
  return NEXT[status].length === 0;
}
