import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseOfEnviron, SERVICES, ServiceName, serviceOfCommandLine } from './service-memory';

const DEFAULT_CLOCK_TICKS_PER_SEC = 100;
const MS_PER_SEC = 1000;
// Fields of /proc/<pid>/stat after the command name: state is the first, utime the 12th, stime the 13th.
const UTIME_AFTER_COMM = 11;
const STIME_AFTER_COMM = 12;
const SETTLE_POLL_MS = 500;
const SETTLE_IDLE_TICKS = 3;
const SETTLE_TIMEOUT_MS = 30_000;

/** Where a process's CPU time is counted: a service, the PostgreSQL backends of a role, or the broker. */
export type CpuGroup = ServiceName | `postgres:${string}` | 'rabbitmq';

/** utime + stime in clock ticks from the text of `/proc/<pid>/stat` (the name may hold spaces and parens). */
export function cpuTicksOfStat(statText: string): number | null {
  const fields = statText
    .slice(statText.lastIndexOf(')') + 2)
    .trim()
    .split(' ');
  const utime = Number(fields[UTIME_AFTER_COMM]);
  const stime = Number(fields[STIME_AFTER_COMM]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

/**
 * The group of a process from its command line and environment: a motcua service whose environment names the
 * bench's database, a PostgreSQL backend connected to that database (`postgres: 15/main: <role> <database>
 * <client> <state>`, grouped by role), or RabbitMQ's Erlang VM (shared by every vhost: the whole broker is
 * counted). Other processes, such as the services of another motcua on the same machine: null.
 */
export function cpuGroupOf(commandLine: string, database: string, environText = ''): CpuGroup | null {
  const service = serviceOfCommandLine(commandLine);
  if (service) return databaseOfEnviron(environText) === database ? service : null;
  const backend = /^postgres: [^:]+: (\S+) (\S+) /.exec(commandLine);
  if (backend) return backend[2] === database ? `postgres:${backend[1]}` : null;
  return /(^|\/)beam\.smp( |$)/.test(commandLine) ? 'rabbitmq' : null;
}

function readProc(pid: string, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    // The process exited between listing and reading.
    return null;
  }
}

/** CPU ticks per process of each group at one instant, keyed by pid. */
export type CpuSnapshot = ReadonlyMap<string, { readonly group: CpuGroup; readonly ticks: number }>;

export function takeCpuSnapshot(database: string): CpuSnapshot {
  const snapshot = new Map<string, { group: CpuGroup; ticks: number }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (pid === String(process.pid)) continue;
    const commandLine = (readProc(pid, 'cmdline') ?? '').replaceAll('\0', ' ').trim();
    const environ = serviceOfCommandLine(commandLine) ? (readProc(pid, 'environ') ?? '') : '';
    const group = cpuGroupOf(commandLine, database, environ);
    const ticks = group ? cpuTicksOfStat(readProc(pid, 'stat') ?? '') : null;
    if (group && ticks !== null) snapshot.set(pid, { group, ticks });
  }
  return snapshot;
}

/** Ticks spent per group between two snapshots; a process started in between counts from zero. */
export function cpuTicksBetween(before: CpuSnapshot, after: CpuSnapshot): Map<CpuGroup, number> {
  const spent = new Map<CpuGroup, number>();
  for (const [pid, { group, ticks }] of after) {
    const previous = before.get(pid);
    const start = previous && previous.group === group ? previous.ticks : 0;
    spent.set(group, (spent.get(group) ?? 0) + Math.max(0, ticks - start));
  }
  return spent;
}

export function clockTicksPerSec(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return value > 0 ? value : DEFAULT_CLOCK_TICKS_PER_SEC;
  } catch {
    return DEFAULT_CLOCK_TICKS_PER_SEC;
  }
}

export interface CpuPerDossier {
  /** CPU ms per dossier received of each service, PostgreSQL (the backends of the bench database, per role
   * and in total) and the RabbitMQ broker (whole broker, other vhosts included). */
  readonly msPerDossier: Readonly<Record<string, number>>;
  readonly totalMsPerDossier: number;
  readonly postgresMsPerDossier: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function cpuPerDossier(
  spentTicks: ReadonlyMap<CpuGroup, number>,
  ticksPerSec: number,
  dossiers: number,
): CpuPerDossier | null {
  if (dossiers <= 0) return null;
  const msOf = (ticks: number) => (ticks * MS_PER_SEC) / ticksPerSec / dossiers;
  const msPerDossier: Record<string, number> = {};
  for (const service of SERVICES) msPerDossier[service] = round2(msOf(spentTicks.get(service) ?? 0));
  const roles = [...spentTicks.keys()].filter((group) => group.startsWith('postgres:')).sort();
  for (const role of roles) msPerDossier[role] = round2(msOf(spentTicks.get(role) ?? 0));
  msPerDossier.rabbitmq = round2(msOf(spentTicks.get('rabbitmq') ?? 0));
  const postgresTicks = roles.reduce((sum, role) => sum + (spentTicks.get(role) ?? 0), 0);
  const totalTicks = [...spentTicks.values()].reduce((sum, ticks) => sum + ticks, 0);
  return {
    msPerDossier,
    totalMsPerDossier: round2(msOf(totalTicks)),
    postgresMsPerDossier: round2(msOf(postgresTicks)),
  };
}

/**
 * Waits until the services and their database backends are idle (fees and courier may still be working after
 * the last assignment and SMS arrived), so their work is inside the measurement. Gives up after 30 s.
 */
export async function waitForIdleServices(
  database: string,
  takeSnapshot: (database: string) => CpuSnapshot = takeCpuSnapshot,
): Promise<void> {
  const busy = (group: CpuGroup) => group !== 'rabbitmq';
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let previous = takeSnapshot(database);
  while (Date.now() < deadline) {
    await sleep(SETTLE_POLL_MS);
    const current = takeSnapshot(database);
    const spent = [...cpuTicksBetween(previous, current)]
      .filter(([group]) => busy(group))
      .reduce((sum, [, ticks]) => sum + ticks, 0);
    if (spent <= SETTLE_IDLE_TICKS) return;
    previous = current;
  }
}
