import { addCall, BOARD_ROWS } from './display-board';

const call = (number: string, counterNumber: number, calledAt = '2026-11-28T01:00:00.000Z') => ({
  number,
  counterNumber,
  counterName: `Quầy ${counterNumber}`,
  calledAt,
});

describe(addCall.name, () => {
  it('should put a new call on top when numbers are already shown', () => {
    const board = addCall([call('0001', 11)], call('0002', 12));

    expect(board.map((row) => row.number)).toEqual(['0002', '0001']);
  });

  it('should move a recalled number up instead of showing it twice when it is called again at its counter', () => {
    const board = addCall([call('0002', 12), call('0001', 11)], call('0001', 11, '2026-11-28T01:05:00.000Z'));

    expect(board.map((row) => [row.number, row.calledAt])).toEqual([
      ['0001', '2026-11-28T01:05:00.000Z'],
      ['0002', '2026-11-28T01:00:00.000Z'],
    ]);
  });

  it('should keep only the board rows when more calls come', () => {
    let board = [call('0000', 1)];

    for (let index = 1; index <= BOARD_ROWS + 5; index++)
      board = addCall(board, call(String(index).padStart(4, '0'), 1));

    expect(board).toHaveLength(BOARD_ROWS);
    expect(board[0].number).toBe(String(BOARD_ROWS + 5).padStart(4, '0'));
  });
});
