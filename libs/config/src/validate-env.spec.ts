import 'reflect-metadata';
import { IsInt, IsString, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { PlatformEnv } from './platform-env';
import { InvalidEnvironmentError, validateEnv } from './validate-env';

const DB_PASSWORD = 'db-pass-9f3k2';
const AMQP_PASSWORD = 'amqp-pass-7q1x';

function platformRaw(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    PORT: '3001',
    MOTCUA_DB_PASSWORD: DB_PASSWORD,
    MOTCUA_AMQP_URL: `amqp://motcua:${AMQP_PASSWORD}@127.0.0.1:5672/motcua`,
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

describe('validateEnv', () => {
  it('should apply the class defaults when only the required variables are set', () => {
    const raw = platformRaw();

    const env = validateEnv(PlatformEnv, raw);

    expect(env).toMatchObject({
      NODE_ENV: 'development',
      MOTCUA_LOG_LEVEL: 'info',
      MOTCUA_DB_HOST: '127.0.0.1',
      MOTCUA_DB_PORT: 5432,
      MOTCUA_DB_NAME: 'motcua',
      MOTCUA_DB_POOL_SIZE: 10,
      MOTCUA_AMQP_PREFETCH: 20,
      MOTCUA_RETRY_BASE_MS: 100,
      MOTCUA_REDIS_URL: 'redis://127.0.0.1:6379',
      MOTCUA_OUTBOX_POLL_MS: 1000,
      MOTCUA_SHUTDOWN_DRAIN_MS: 10_000,
    });
    expect(env.MOTCUA_DB_USER).toBeUndefined();
  });

  it('should convert numeric variables to numbers when they are given as strings', () => {
    const raw = platformRaw({ PORT: '8080', MOTCUA_DB_PORT: '6543', MOTCUA_AMQP_PREFETCH: '50' });

    const env = validateEnv(PlatformEnv, raw);

    expect(env.PORT).toBe(8080);
    expect(env.MOTCUA_DB_PORT).toBe(6543);
    expect(env.MOTCUA_AMQP_PREFETCH).toBe(50);
  });

  it('should return an instance of the Env class when the environment is valid', () => {
    const raw = platformRaw({ NODE_ENV: 'production', MOTCUA_LOG_LEVEL: 'warn' });

    const env = validateEnv(PlatformEnv, raw);

    expect(env).toBeInstanceOf(PlatformEnv);
    expect(env.NODE_ENV).toBe('production');
    expect(env.MOTCUA_LOG_LEVEL).toBe('warn');
  });

  it('should drop variables the Env class does not declare when the environment has others', () => {
    const raw = platformRaw({ PATH: '/usr/bin', HOME: '/root' });

    const env = validateEnv(PlatformEnv, raw);

    expect(env).not.toHaveProperty('PATH');
    expect(env).not.toHaveProperty('HOME');
  });

  it('should list every bad variable in one error when several are bad', () => {
    const raw = { PORT: '3001', MOTCUA_DB_PORT: 'abc' };

    const error = thrownBy(() => validateEnv(PlatformEnv, raw));

    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/^Invalid environment:\n/);
    expect(error.message).toContain('MOTCUA_DB_PASSWORD is required');
    expect(error.message).toContain('MOTCUA_AMQP_URL is required');
    expect(error.message).toContain('MOTCUA_DB_PORT is invalid');
  });

  it('should name the broken rules when a variable is invalid', () => {
    const raw = platformRaw({ MOTCUA_LOG_LEVEL: 'verbose' });

    const error = thrownBy(() => validateEnv(PlatformEnv, raw));

    expect(error.problems).toEqual(['MOTCUA_LOG_LEVEL is invalid (isIn)']);
  });

  it('should refuse an out-of-range number when it is converted', () => {
    const raw = platformRaw({ MOTCUA_DB_POOL_SIZE: '500' });

    const error = thrownBy(() => validateEnv(PlatformEnv, raw));

    expect(error.problems).toEqual(['MOTCUA_DB_POOL_SIZE is invalid (max)']);
  });

  it('should never show a secret value when the variable holding it is invalid', () => {
    const raw = platformRaw({
      MOTCUA_AMQP_URL: `http://motcua:${AMQP_PASSWORD}@127.0.0.1:5672`,
      MOTCUA_DB_PASSWORD: 12345,
      MOTCUA_REDIS_URL: `http://:${DB_PASSWORD}@127.0.0.1`,
    });

    const error = thrownBy(() => validateEnv(PlatformEnv, raw));

    expect(error.problems).toHaveLength(3);
    expect(error.message).not.toContain(AMQP_PASSWORD);
    expect(error.message).not.toContain(DB_PASSWORD);
    expect(error.message).not.toContain('12345');
  });

  it('should validate the variables an app adds when the app extends PlatformEnv', () => {
    class AppEnv extends PlatformEnv {
      @IsString()
      MOTCUA_SMS_API_KEY: string;

      @Type(() => Number)
      @IsInt()
      @Min(1)
      MOTCUA_SMS_BATCH = 25;
    }
    const raw = platformRaw({ MOTCUA_SMS_BATCH: '0' });

    const error = thrownBy(() => validateEnv(AppEnv, raw));

    expect(error.problems).toEqual([
      'MOTCUA_SMS_API_KEY is required (isString)',
      'MOTCUA_SMS_BATCH is invalid (min)',
    ]);
  });
});

describe(InvalidEnvironmentError.name, () => {
  it('should list each problem on its own line when constructed', () => {
    const sut = new InvalidEnvironmentError(['A is required (isString)', 'B is invalid (isInt)']);

    const message = sut.message;

    expect(message).toBe('Invalid environment:\n  - A is required (isString)\n  - B is invalid (isInt)');
    expect(sut.name).toBe('InvalidEnvironmentError');
  });
});
