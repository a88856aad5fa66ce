export interface BenchArgs {
  readonly dossiers: number;
  readonly concurrency: number;
  /**
   * Dossiers per second offered by all clients together (open loop), or null for back to back (closed loop).
   * With a rate, each POST has a scheduled time and its latency counts from then, so a late send is not hidden.
   */
  readonly ratePerSec: number | null;
  readonly gatewayUrl: string;
  readonly isBaselinesSkipped: boolean;
  readonly arrivalTimeoutMs: number;
}

export const DEFAULT_ARGS: BenchArgs = {
  dossiers: 1000,
  concurrency: 50,
  ratePerSec: null,
  gatewayUrl: 'http://localhost:3000',
  isBaselinesSkipped: false,
  arrivalTimeoutMs: 120_000,
};

export const USAGE =
  'usage: e2e-intake [--dossiers N] [--concurrency C] [--rate R] [--gateway URL] [--timeout-s S] [--skip-baselines]';

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < 1) {
    throw new Error(`${flag} needs a positive integer, got ${raw ?? 'nothing'}`);
  }
  return value;
}

function httpUrl(raw: string | undefined): string {
  const isHttp =
    raw !== undefined && URL.canParse(raw) && ['http:', 'https:'].includes(new URL(raw).protocol);
  if (!isHttp) throw new Error(`--gateway needs an http(s) URL, got ${raw ?? 'nothing'}`);
  return raw.replace(/\/+$/, '');
}

/** Parses `--flag value` and `--flag=value` forms; throws with a readable message on anything unknown. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let args: BenchArgs = DEFAULT_ARGS;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--dossiers':
        args = { ...args, dossiers: positiveInteger(flag, value()) };
        break;
      case '--concurrency':
        args = { ...args, concurrency: positiveInteger(flag, value()) };
        break;
      case '--rate':
        args = { ...args, ratePerSec: positiveInteger(flag, value()) };
        break;
      case '--gateway':
        args = { ...args, gatewayUrl: httpUrl(value()) };
        break;
      case '--timeout-s':
        args = { ...args, arrivalTimeoutMs: positiveInteger(flag, value()) * 1000 };
        break;
      case '--skip-baselines':
        args = { ...args, isBaselinesSkipped: true };
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return args;
}
