import { formatRate, queueTotals } from './report-figures';

describe(formatRate.name, () => {
  it.each([
    [null, '—'],
    [1, '100.0%'],
    [0.8333, '83.3%'],
  ] as const)('should print %s as %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe(queueTotals.name, () => {
  it('should weight the average wait by the tickets each counter served', () => {
    const totals = queueTotals([
      { counterNumber: 1, tickets: 3, averageWaitSeconds: 600, averageServiceSeconds: 300 },
      { counterNumber: 2, tickets: 1, averageWaitSeconds: 120, averageServiceSeconds: 300 },
    ]);

    expect(totals).toEqual({ tickets: 4, averageWaitMinutes: 8 });
  });

  it('should give zero minutes when no ticket was served', () => {
    expect(queueTotals([])).toEqual({ tickets: 0, averageWaitMinutes: 0 });
  });
});
