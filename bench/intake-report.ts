import type { Arrivals } from './arrivals';
import type { Baselines } from './baselines';
import type { BenchArgs } from './bench-args';
import type { DatabaseWork } from './database-work';
import type { LoadResult } from './intake-load';
import { LatencySummary, summarize } from './percentiles';
import type { CpuPerDossier } from './process-cpu';
import type { ServiceName } from './service-memory';

const MS_PER_SEC = 1000;

export interface ReportInput {
  readonly args: BenchArgs;
  readonly runId: string;
  readonly load: LoadResult;
  readonly arrivals: Arrivals;
  readonly baselines: Baselines | null;
  /** Units given a contact point before the load, so that paper moves instead of being held. */
  readonly contactPointsNamed: number;
  readonly peakRssMiB: Readonly<Record<ServiceName, number | null>>;
  /** CPU time per dossier received, from the POST phase until the system is idle again. */
  readonly cpu: CpuPerDossier | null;
  /** Transactions, rows and messages per dossier received over the same window. */
  readonly work: DatabaseWork | null;
}

export interface BenchReport {
  readonly bench: 'e2e-intake';
  readonly runId: string;
  readonly startedAt: string;
  readonly gateway: string;
  readonly dossiers: number;
  readonly concurrency: number;
  /** Offered dossiers per second, or null when the clients posted back to back. */
  readonly ratePerSec: number | null;
  readonly contactPointsNamed: number;
  readonly accepted: number;
  readonly errors: Readonly<Record<string, number>>;
  readonly postPhaseMs: number;
  readonly dossiersPerSec: { readonly accepted: number; readonly endToEnd: number | null };
  readonly latencyMs: {
    readonly post: LatencySummary;
    readonly postToAssigned: LatencySummary;
    readonly postToNotified: LatencySummary;
  };
  readonly completion: {
    readonly completed: number;
    readonly missingAssignment: number;
    readonly missingNotification: number;
    readonly waitedMs: number;
  };
  readonly peakRssMiB: Readonly<Record<ServiceName, number | null>>;
  readonly cpu: CpuPerDossier | null;
  readonly work: DatabaseWork | null;
  readonly baselines: Baselines | null;
  readonly ratios: {
    readonly acceptedPerCommit: number | null;
    readonly acceptedPerConfirm: number | null;
    readonly endToEndPerCommit: number | null;
    readonly endToEndPerConfirm: number | null;
  } | null;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function perSec(count: number, durationMs: number): number {
  return durationMs > 0 ? roundTo(count / (durationMs / MS_PER_SEC), 1) : 0;
}

function ratio(numerator: number | null, denominator: number): number | null {
  return numerator === null || denominator <= 0 ? null : roundTo(numerator / denominator, 4);
}

interface EndToEnd {
  readonly toAssignedMs: number[];
  readonly toNotifiedMs: number[];
  readonly completed: number;
  readonly lastArrivalMs: number | null;
}

function endToEnd(load: LoadResult, arrivals: Arrivals): EndToEnd {
  const toAssignedMs: number[] = [];
  const toNotifiedMs: number[] = [];
  let completed = 0;
  let lastArrivalMs: number | null = null;
  for (const post of load.accepted) {
    const assignedAtMs = arrivals.assignedAtMs.get(post.dossierId);
    const notifiedAtMs = arrivals.notifiedAtMs.get(post.dossierId);
    if (assignedAtMs !== undefined) toAssignedMs.push(assignedAtMs - post.sentAtMs);
    if (notifiedAtMs !== undefined) toNotifiedMs.push(notifiedAtMs - post.sentAtMs);
    if (assignedAtMs === undefined || notifiedAtMs === undefined) continue;
    completed++;
    lastArrivalMs = Math.max(lastArrivalMs ?? 0, assignedAtMs, notifiedAtMs);
  }
  return { toAssignedMs, toNotifiedMs, completed, lastArrivalMs };
}

/** Turns raw samples into the one-line result: rates, percentiles, completion and the baseline ratios. */
export function buildReport(input: ReportInput): BenchReport {
  const { args, load, arrivals, baselines } = input;
  const flow = endToEnd(load, arrivals);
  const acceptedPerSec = perSec(load.accepted.length, load.durationMs);
  // Completed dossiers over the time from the first POST to the last assignment or SMS row.
  const endToEndPerSec =
    flow.lastArrivalMs === null ? null : perSec(flow.completed, flow.lastArrivalMs - load.startedAtMs);
  return {
    bench: 'e2e-intake',
    runId: input.runId,
    startedAt: new Date(load.startedAtMs).toISOString(),
    gateway: args.gatewayUrl,
    dossiers: args.dossiers,
    concurrency: args.concurrency,
    ratePerSec: args.ratePerSec,
    contactPointsNamed: input.contactPointsNamed,
    accepted: load.accepted.length,
    errors: load.errors,
    postPhaseMs: Math.round(load.durationMs),
    dossiersPerSec: { accepted: acceptedPerSec, endToEnd: endToEndPerSec },
    latencyMs: {
      post: summarize(load.accepted.map((post) => post.latencyMs)),
      postToAssigned: summarize(flow.toAssignedMs),
      postToNotified: summarize(flow.toNotifiedMs),
    },
    completion: {
      completed: flow.completed,
      missingAssignment: load.accepted.length - arrivals.assignedAtMs.size,
      missingNotification: load.accepted.length - arrivals.notifiedAtMs.size,
      waitedMs: arrivals.waitedMs,
    },
    peakRssMiB: input.peakRssMiB,
    cpu: input.cpu,
    work: input.work,
    baselines,
    ratios: baselines && {
      acceptedPerCommit: ratio(acceptedPerSec, baselines.pgCommitsPerSec),
      acceptedPerConfirm: ratio(acceptedPerSec, baselines.amqpConfirmsPerSec),
      endToEndPerCommit: ratio(endToEndPerSec, baselines.pgCommitsPerSec),
      endToEndPerConfirm: ratio(endToEndPerSec, baselines.amqpConfirmsPerSec),
    },
  };
}
