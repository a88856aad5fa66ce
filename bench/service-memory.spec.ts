import { databaseOfEnviron, peakRssKiB, serviceOfCommandLine } from './service-memory';

describe('service-memory', () => {
  describe('serviceOfCommandLine', () => {
    it('should name the service whose built entry point runs', () => {
      expect(serviceOfCommandLine('node --enable-source-maps dist/apps/notifications/src/main.js')).toBe(
        'notifications',
      );
      expect(serviceOfCommandLine('/usr/bin/node /work/main/dist/apps/gateway/src/main.js')).toBe('gateway');
    });

    it('should return null for other processes', () => {
      expect(serviceOfCommandLine('node dist/bench/e2e-intake.js --dossiers 10')).toBeNull();
      expect(serviceOfCommandLine('node dist/apps/web/src/main.js')).toBeNull();
    });
  });

  describe('databaseOfEnviron', () => {
    it('should read the database a service was started for', () => {
      expect(databaseOfEnviron('HOME=/root\0MOTCUA_DB_NAME=motcua_perf\0PORT=4000\0')).toBe('motcua_perf');
    });

    it('should fall back to the default database when the environment names none', () => {
      expect(databaseOfEnviron('HOME=/root\0MOTCUA_DB_NAME=\0')).toBe('motcua');
      expect(databaseOfEnviron('')).toBe('motcua');
    });
  });

  describe('peakRssKiB', () => {
    it('should read VmHWM from a status file', () => {
      const status = 'Name:\tnode\nVmPeak:\t 1234567 kB\nVmHWM:\t  183412 kB\nVmRSS:\t  150000 kB\n';

      expect(peakRssKiB(status)).toBe(183412);
    });

    it('should return null when the field is missing', () => {
      expect(peakRssKiB('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeNull();
    });
  });
});
