import { readFileSync } from 'node:fs';
import { CpuSnapshot, takeCpuSnapshot } from './process-cpu';

function environOf(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    // The process exited between listing and reading.
    return '';
  }
}

/**
 * CPU ticks of one test system only: its services (told apart from other systems' by their database name),
 * its database's PostgreSQL backends and the broker. Other suites running on the machine are left out.
 */
export function takeSystemCpuSnapshot(database: string): CpuSnapshot {
  const own = `\0MOTCUA_DB_NAME=${database}\0`;
  return new Map(
    [...takeCpuSnapshot(database)].filter(
      ([pid, { group }]) =>
        group === 'rabbitmq' || group.startsWith('postgres:') || `\0${environOf(pid)}`.includes(own),
    ),
  );
}
