import { readdirSync, readFileSync } from 'node:fs';

export const SERVICES = ['gateway', 'intake', 'routing', 'fees', 'courier', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

const KIB_PER_MIB = 1024;
// The database a service uses when its environment names none (`.env.example`, scripts/tools-config.ts).
const DEFAULT_DATABASE = 'motcua';

/** The service whose built entry point a command line runs, if any. */
export function serviceOfCommandLine(commandLine: string): ServiceName | null {
  return SERVICES.find((service) => commandLine.includes(`dist/apps/${service}/src/main.js`)) ?? null;
}

/**
 * The database a process's environment points it at (`MOTCUA_DB_NAME`, the text of `/proc/<pid>/environ`), so
 * the bench counts only the services of the system it drives when another motcua runs on the same machine.
 */
export function databaseOfEnviron(environText: string): string {
  const entry = environText.split('\0').find((variable) => variable.startsWith('MOTCUA_DB_NAME='));
  return entry?.slice('MOTCUA_DB_NAME='.length) || DEFAULT_DATABASE;
}

/** `VmHWM` (peak resident set since the process started) in KiB from `/proc/<pid>/status`. */
export function peakRssKiB(statusText: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(statusText);
  return match ? Number(match[1]) : null;
}

function readProc(pid: string, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    // The process exited between listing and reading.
    return null;
  }
}

/** The service a process runs for the given database, if any. */
export function serviceOfProcess(pid: string, database: string): ServiceName | null {
  const service = serviceOfCommandLine((readProc(pid, 'cmdline') ?? '').replaceAll('\0', ' '));
  return service && databaseOfEnviron(readProc(pid, 'environ') ?? '') === database ? service : null;
}

/**
 * Peak RSS in MiB per service of the database, null when no process runs it. Wrapper shells whose command
 * line also names the entry point are tiny, so the largest matching process is the service itself.
 */
export function readServicePeakRssMiB(database: string): Record<ServiceName, number | null> {
  const peaksKiB = new Map<ServiceName, number>();
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && name !== String(process.pid));
  for (const pid of pids) {
    const service = serviceOfProcess(pid, database);
    const kib = service ? peakRssKiB(readProc(pid, 'status') ?? '') : null;
    if (service && kib !== null) peaksKiB.set(service, Math.max(peaksKiB.get(service) ?? 0, kib));
  }
  const toMiB = (kib: number | undefined): number | null =>
    kib === undefined ? null : Math.round((kib / KIB_PER_MIB) * 10) / 10;
  return {
    gateway: toMiB(peaksKiB.get('gateway')),
    intake: toMiB(peaksKiB.get('intake')),
    routing: toMiB(peaksKiB.get('routing')),
    fees: toMiB(peaksKiB.get('fees')),
    courier: toMiB(peaksKiB.get('courier')),
    notifications: toMiB(peaksKiB.get('notifications')),
  };
}
