import type { CounterStatsV1, ReportFiguresV1 } from '@motcua/contracts';

/** The parts of a report row's bar, in the order drawn, with their colours. */
export const BAR_PARTS = [
  { field: 'resolvedEarly', colour: '#389e0d' },
  { field: 'resolvedOnTime', colour: '#1677ff' },
  { field: 'resolvedLate', colour: '#cf1322' },
  { field: 'pendingWithinDeadline', colour: '#d4b106' },
  { field: 'pendingOverdue', colour: '#fa541c' },
] as const satisfies readonly { field: keyof ReportFiguresV1; colour: string }[];

/** The on-time rate as the form prints it: one decimal, a dash when nothing was counted. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A day's counters summed: tickets served and the average wait weighted by tickets. */
export function queueTotals(counters: readonly CounterStatsV1[]): {
  tickets: number;
  averageWaitMinutes: number;
} {
  const tickets = counters.reduce((sum, counter) => sum + counter.tickets, 0);
  const waited = counters.reduce((sum, counter) => sum + counter.averageWaitSeconds * counter.tickets, 0);
  return { tickets, averageWaitMinutes: tickets === 0 ? 0 : Math.round(waited / tickets / 6) / 10 };
}
