import { DEFAULT_ARGS, parseBenchArgs } from './bench-args';

describe('parseBenchArgs', () => {
  it('should return the defaults when there are no arguments', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_ARGS);
  });

  it('should read every flag in both spaced and inline forms', () => {
    const args = parseBenchArgs([
      '--dossiers',
      '5000',
      '--concurrency=20',
      '--rate',
      '40',
      '--gateway',
      'http://10.0.0.5:8080/',
      '--timeout-s=30',
      '--skip-baselines',
    ]);

    expect(args).toEqual({
      dossiers: 5000,
      concurrency: 20,
      ratePerSec: 40,
      gatewayUrl: 'http://10.0.0.5:8080',
      isBaselinesSkipped: true,
      arrivalTimeoutMs: 30_000,
    });
  });

  it('should throw when a count is not a positive integer', () => {
    expect(() => parseBenchArgs(['--dossiers', '0'])).toThrow('--dossiers needs a positive integer');
    expect(() => parseBenchArgs(['--concurrency', '2.5'])).toThrow('--concurrency needs a positive integer');
    expect(() => parseBenchArgs(['--rate', '-1'])).toThrow('--rate needs a positive integer');
    expect(() => parseBenchArgs(['--dossiers'])).toThrow('got nothing');
  });

  it('should throw when the gateway is not an http(s) URL', () => {
    expect(() => parseBenchArgs(['--gateway', 'localhost:3000'])).toThrow('--gateway needs an http(s) URL');
  });

  it('should throw when a flag is unknown', () => {
    expect(() => parseBenchArgs(['--dossier', '5'])).toThrow('unknown argument --dossier');
  });
});
