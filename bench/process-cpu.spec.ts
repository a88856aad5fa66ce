import { cpuGroupOf, cpuPerDossier, cpuTicksBetween, cpuTicksOfStat, CpuSnapshot } from './process-cpu';

describe('process-cpu', () => {
  describe('cpuTicksOfStat', () => {
    it('should add utime and stime even when the command name holds spaces and parens', () => {
      const stat = '4242 (node (main) x) S 1 4242 4242 0 -1 4194560 900 0 0 0 1234 56 0 0 20 0 11 0 100 0';

      expect(cpuTicksOfStat(stat)).toBe(1290);
    });

    it('should return null for an unreadable stat', () => {
      expect(cpuTicksOfStat('')).toBeNull();
    });
  });

  describe('cpuGroupOf', () => {
    it('should group services, backends of the bench database by role, and the broker', () => {
      expect(
        cpuGroupOf(
          'node dist/apps/intake/src/main.js',
          'motcua_bench',
          'HOME=/root\0MOTCUA_DB_NAME=motcua_bench\0',
        ),
      ).toBe('intake');
      expect(
        cpuGroupOf('postgres: 15/main: motcua_routing motcua_bench 127.0.0.1(5050) idle', 'motcua_bench'),
      ).toBe('postgres:motcua_routing');
      expect(
        cpuGroupOf(
          '/usr/lib/erlang/erts-12.2/bin/beam.smp -W w -MBas ageffcbf -- -root /usr/lib/erlang',
          'motcua_bench',
        ),
      ).toBe('rabbitmq');
    });

    it('should ignore the services of another database, the default one when their environment names none', () => {
      expect(
        cpuGroupOf('node dist/apps/intake/src/main.js', 'motcua_bench', 'MOTCUA_DB_NAME=motcua_other\0'),
      ).toBeNull();
      expect(cpuGroupOf('node dist/apps/intake/src/main.js', 'motcua_bench', 'HOME=/root\0')).toBeNull();
      expect(cpuGroupOf('node dist/apps/intake/src/main.js', 'motcua', 'HOME=/root\0')).toBe('intake');
    });

    it('should ignore backends of other databases and PostgreSQL auxiliary processes', () => {
      expect(
        cpuGroupOf('postgres: 15/main: motcua_routing motcua 127.0.0.1(5050) idle', 'motcua_bench'),
      ).toBeNull();
      expect(cpuGroupOf('postgres: 15/main: walwriter', 'motcua_bench')).toBeNull();
      expect(cpuGroupOf('node dist/bench/e2e-intake.js', 'motcua_bench')).toBeNull();
    });
  });

  describe('cpuTicksBetween and cpuPerDossier', () => {
    it('should count processes started during the run from zero and report ms per dossier', () => {
      const before: CpuSnapshot = new Map([
        ['1', { group: 'intake', ticks: 100 }],
        ['2', { group: 'postgres:motcua_intake', ticks: 10 }],
      ]);
      const after: CpuSnapshot = new Map([
        ['1', { group: 'intake', ticks: 300 }],
        ['2', { group: 'postgres:motcua_intake', ticks: 60 }],
        ['3', { group: 'postgres:motcua_intake', ticks: 50 }],
        ['4', { group: 'rabbitmq', ticks: 40 }],
      ]);

      const spent = cpuTicksBetween(before, after);
      const cpu = cpuPerDossier(spent, 100, 100);

      expect(spent.get('intake')).toBe(200);
      expect(cpu?.msPerDossier).toMatchObject({
        intake: 20,
        gateway: 0,
        'postgres:motcua_intake': 10,
        rabbitmq: 4,
      });
      expect(cpu?.postgresMsPerDossier).toBe(10);
      expect(cpu?.totalMsPerDossier).toBe(34);
    });

    it('should report nothing when no dossier was accepted', () => {
      expect(cpuPerDossier(new Map(), 100, 0)).toBeNull();
    });
  });
});
