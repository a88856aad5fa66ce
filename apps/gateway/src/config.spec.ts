import { InvalidEnvironmentError } from '@motcua/config';
import { loadConfig } from './config';

const DB_PASSWORD = 'db-pass-9f3k2';
const AMQP_PASSWORD = 'amqp-pass-7q1x';
const JWT_SECRET = 'jwt-secret-0123456789abcdef0123456789';

function rawEnv(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MOTCUA_DB_PASSWORD: DB_PASSWORD,
    MOTCUA_AMQP_URL: `amqp://motcua:${AMQP_PASSWORD}@127.0.0.1:5672/motcua`,
    MOTCUA_JWT_SECRET: JWT_SECRET,
    ...overrides,
  };
}

function thrownBy(act: () => unknown): InvalidEnvironmentError {
  try {
    act();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error;
    throw error;
  }
  throw new Error('expected an InvalidEnvironmentError');
}

describe('loadConfig', () => {
  it('should apply the defaults when only the secrets are set', () => {
    const raw = rawEnv();

    const config = loadConfig(raw);

    expect(config).toEqual({
      service: 'gateway',
      env: 'development',
      http: { port: 3000 },
      log: { level: 'info' },
      db: {
        host: '127.0.0.1',
        port: 5432,
        database: 'motcua',
        username: 'motcua_gateway',
        password: DB_PASSWORD,
        poolSize: 10,
      },
      amqp: { url: `amqp://motcua:${AMQP_PASSWORD}@127.0.0.1:5672/motcua`, prefetch: 20, retryBaseMs: 100 },
      redis: { url: 'redis://127.0.0.1:6379', prefix: 'motcua' },
      outbox: { pollMs: 1000 },
      shutdown: { drainMs: 10_000 },
      auth: { jwtSecret: JWT_SECRET, tokenTtlSeconds: 3600 },
      rateLimits: { loginPerMinute: 10, publicPerMinute: 60 },
      webhooks: {
        retryLadderMs: [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000],
        timeoutMs: 5000,
        reconcileMs: 60_000,
      },
    });
  });

  it('should refuse a webhook retry ladder that is not a list of milliseconds', () => {
    const raw = rawEnv({ MOTCUA_WEBHOOK_RETRY_LADDER_MS: '10s,1m' });

    const error = thrownBy(() => loadConfig(raw));

    expect(error.message).toContain('MOTCUA_WEBHOOK_RETRY_LADDER_MS');
  });

  it('should convert numbers and honour overrides when variables are set', () => {
    const raw = rawEnv({
      PORT: '8080',
      MOTCUA_DB_PORT: '6543',
      MOTCUA_DB_USER: 'gateway_app',
      MOTCUA_JWT_TTL_SECONDS: '900',
      MOTCUA_LOGIN_RATE_LIMIT: '5',
    });

    const config = loadConfig(raw);

    expect(config.http.port).toBe(8080);
    expect(config.db.port).toBe(6543);
    expect(config.db.username).toBe('gateway_app');
    expect(config.auth.tokenTtlSeconds).toBe(900);
    expect(config.rateLimits.loginPerMinute).toBe(5);
  });

  it('should list every bad variable in one error when several are bad', () => {
    const raw = { MOTCUA_JWT_SECRET: JWT_SECRET, MOTCUA_DB_PORT: 'abc' };

    const error = thrownBy(() => loadConfig(raw));

    expect(error.problems).toHaveLength(3);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MOTCUA_DB_PASSWORD is required/),
        expect.stringMatching(/^MOTCUA_AMQP_URL is required/),
        expect.stringMatching(/^MOTCUA_DB_PORT is invalid/),
      ]),
    );
  });

  it('should refuse a JWT secret shorter than 32 characters without showing it', () => {
    const shortSecret = 'short-jwt-secret';
    const raw = rawEnv({ MOTCUA_JWT_SECRET: shortSecret });

    const error = thrownBy(() => loadConfig(raw));

    expect(error.problems).toEqual(['MOTCUA_JWT_SECRET is invalid (minLength)']);
    expect(error.message).not.toContain(shortSecret);
  });

  it('should never show a secret value when several variables are bad', () => {
    const raw = rawEnv({
      MOTCUA_AMQP_URL: `http://motcua:${AMQP_PASSWORD}@127.0.0.1`,
      MOTCUA_JWT_TTL_SECONDS: '10',
      MOTCUA_JWT_SECRET: `${DB_PASSWORD}!`,
    });

    const error = thrownBy(() => loadConfig(raw));

    expect(error.problems).toHaveLength(3);
    expect(error.message).not.toContain(AMQP_PASSWORD);
    expect(error.message).not.toContain(DB_PASSWORD);
  });
});
