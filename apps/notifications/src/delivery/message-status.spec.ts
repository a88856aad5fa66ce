import { MessageStatus } from '@motcua/contracts';
import { canMove, isFinal, statusesBefore } from './message-status';

const { Queued, Sending, Delivered, Failed, PermanentlyFailed } = MessageStatus;

describe('message status machine', () => {
  it.each([
    [Queued, Sending],
    [Sending, Delivered],
    [Sending, Failed],
    [Failed, Failed],
    [Failed, Delivered],
    [Failed, PermanentlyFailed],
    [Sending, PermanentlyFailed],
    [Queued, Delivered],
  ])('should allow %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it.each([
    [Sending, Queued],
    [Failed, Sending],
    [Delivered, Failed],
    [Delivered, PermanentlyFailed],
    [Delivered, Sending],
    [PermanentlyFailed, Delivered],
    [PermanentlyFailed, Failed],
  ])('should refuse %s → %s (never backwards)', (from, to) => {
    expect(canMove(from, to)).toBe(false);
  });

  it('should end in delivered or permanently failed', () => {
    expect(Object.values(MessageStatus).filter(isFinal)).toEqual([Delivered, PermanentlyFailed]);
  });

  it('should list where a late delivery report may still land', () => {
    expect(statusesBefore(Delivered)).toEqual([Queued, Sending, Failed]);
  });
});
