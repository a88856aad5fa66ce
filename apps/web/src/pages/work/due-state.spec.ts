import { dueStateOf } from './due-state';

describe(dueStateOf.name, () => {
  const now = new Date('2026-11-27T02:00:00.000Z');

  it.each([
    [undefined, 'none'],
    ['2026-11-27T01:59:00.000Z', 'overdue'],
    ['2026-11-28T02:00:00.000Z', 'due_soon'],
    ['2026-11-30T02:00:00.000Z', 'due_soon'],
    ['2026-11-30T02:01:00.000Z', 'in_time'],
  ] as const)('should classify a step due at %s as %s', (dueAt, state) => {
    expect(dueStateOf(dueAt, now)).toBe(state);
  });
});
