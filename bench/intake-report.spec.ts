import type { Arrivals } from './arrivals';
import { DEFAULT_ARGS } from './bench-args';
import type { AcceptedPost, LoadResult } from './intake-load';
import { buildReport, ReportInput } from './intake-report';

const STARTED_AT_MS = Date.UTC(2025, 9, 27, 8, 0, 0);
const NO_RSS = { gateway: null, intake: null, routing: null, fees: null, courier: null, notifications: null };

function post(dossierId: string, offsetMs: number, latencyMs: number): AcceptedPost {
  return { dossierId, sentAtMs: STARTED_AT_MS + offsetMs, latencyMs };
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const load: LoadResult = {
    accepted: [post('a', 0, 10), post('b', 100, 20), post('c', 200, 30), post('d', 300, 40)],
    errors: { '429': 1 },
    startedAtMs: STARTED_AT_MS,
    durationMs: 500,
  };
  const arrivals: Arrivals = {
    assignedAtMs: new Map([
      ['a', STARTED_AT_MS + 50],
      ['b', STARTED_AT_MS + 200],
      ['c', STARTED_AT_MS + 400],
    ]),
    notifiedAtMs: new Map([
      ['a', STARTED_AT_MS + 60],
      ['b', STARTED_AT_MS + 1000],
    ]),
    waitedMs: 1234,
  };
  return {
    args: DEFAULT_ARGS,
    runId: 'run-1',
    load,
    arrivals,
    baselines: null,
    contactPointsNamed: 0,
    peakRssMiB: NO_RSS,
    cpu: null,
    work: null,
    ...overrides,
  };
}

describe('buildReport', () => {
  it('should rate accepted POSTs over the POST phase and completed dossiers up to the last arrival', () => {
    const report = buildReport(input());

    expect(report.accepted).toBe(4);
    expect(report.dossiersPerSec).toEqual({ accepted: 8, endToEnd: 2 });
    expect(report.errors).toEqual({ '429': 1 });
  });

  it('should measure latencies from each POST send time and count what never arrived', () => {
    const report = buildReport(input());

    expect(report.latencyMs.postToAssigned).toMatchObject({ count: 3, p50: 100, max: 200 });
    expect(report.latencyMs.postToNotified).toMatchObject({ count: 2, p50: 60, max: 900 });
    expect(report.latencyMs.post).toMatchObject({ count: 4, p50: 20, p99: 40 });
    expect(report.completion).toEqual({
      completed: 2,
      missingAssignment: 1,
      missingNotification: 2,
      waitedMs: 1234,
    });
  });

  it('should divide the dossier rates by the baseline rates when baselines ran', () => {
    const baselines = { pgCommitsPerSec: 16, pgSynchronousCommit: 'on', amqpConfirmsPerSec: 4 };

    const report = buildReport(input({ baselines }));

    expect(report.ratios).toEqual({
      acceptedPerCommit: 0.5,
      acceptedPerConfirm: 2,
      endToEndPerCommit: 0.125,
      endToEndPerConfirm: 0.5,
    });
  });

  it('should report no end-to-end rate and no ratios when nothing completed and baselines were skipped', () => {
    const arrivals: Arrivals = { assignedAtMs: new Map(), notifiedAtMs: new Map(), waitedMs: 120_000 };

    const report = buildReport(input({ arrivals }));

    expect(report.dossiersPerSec.endToEnd).toBeNull();
    expect(report.ratios).toBeNull();
  });
});
