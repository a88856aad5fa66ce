import { dueState } from './due-state';

const NOW = new Date('2026-11-28T02:00:00.000Z');

describe(dueState.name, () => {
  it.each([
    ['overdue', '2026-11-28T01:59:00.000Z'],
    ['dueSoon', '2026-11-29T01:00:00.000Z'],
    ['onTrack', '2026-12-05T01:00:00.000Z'],
  ])('should read %s when the appointment is %s', (expected, dueAt) => {
    const state = dueState({ status: 'processing', dueAt }, NOW);

    expect(state).toBe(expected);
  });

  it('should read closed when the dossier is resolved even after its appointment', () => {
    const state = dueState({ status: 'resolved', dueAt: '2026-11-01T01:00:00.000Z' }, NOW);

    expect(state).toBe('closed');
  });

  it('should read none when a dossier has no appointment', () => {
    const state = dueState({ status: 'received' }, NOW);

    expect(state).toBe('none');
  });
});
