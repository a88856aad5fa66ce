// Failures of the database connection or of concurrency control: the work itself was fine and should run
// again unchanged. PostgreSQL SQLSTATE classes: 08 connection exception, 57P0x shutdown, 53300 too many
// connections, 40001 serialization failure, 40P01 deadlock.
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /connection timeout/i,
  /not queryable/i,
  /Connection is closed/i,
];

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, driverError } = error as { code?: unknown; driverError?: unknown };
  if (typeof code === 'string') return code;
  return codeOf(driverError);
}

/** True when an error says "the database was unreachable or busy", not "this input is wrong". */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code))) {
    return true;
  }
  const message = error instanceof Error ? error.message : '';
  return TRANSIENT_MESSAGES.some((pattern) => pattern.test(message));
}

/** SQLSTATE 23505: a unique constraint refused the row. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (codeOf(error) !== '23505') return false;
  if (!constraint) return true;
  const { driverError, constraint: own } = error as {
    driverError?: { constraint?: string };
    constraint?: string;
  };
  return (driverError?.constraint ?? own) === constraint;
}
