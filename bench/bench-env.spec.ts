import { benchEnv, withDatabase } from './bench-env';

describe('bench-env', () => {
  describe('withDatabase', () => {
    it('should swap only the database of the admin URL', () => {
      expect(
        withDatabase('postgres://postgres:s3cret@db.local:6543/postgres?sslmode=require', 'motcua'),
      ).toBe('postgres://postgres:s3cret@db.local:6543/motcua?sslmode=require');
    });

    it('should add the database when the admin URL has none', () => {
      expect(withDatabase('postgres://postgres@127.0.0.1:5432', 'motcua')).toBe(
        'postgres://postgres@127.0.0.1:5432/motcua',
      );
    });
  });

  describe('benchEnv', () => {
    it('should default to the local servers and the demo password', () => {
      expect(benchEnv({})).toEqual({
        databaseUrl: 'postgres://postgres@127.0.0.1:5432/motcua',
        amqpUrl: 'amqp://guest:guest@127.0.0.1:5672',
        demoPassword: 'motcua-demo',
      });
    });

    it('should read every variable when set', () => {
      const env = benchEnv({
        MOTCUA_DB_ADMIN_URL: 'postgres://admin@pg:5432/postgres',
        MOTCUA_DB_NAME: 'motcua_bench',
        MOTCUA_AMQP_URL: 'amqp://u:p@mq:5672',
        MOTCUA_DEMO_PASSWORD: 'other',
      });

      expect(env).toEqual({
        databaseUrl: 'postgres://admin@pg:5432/motcua_bench',
        amqpUrl: 'amqp://u:p@mq:5672',
        demoPassword: 'other',
      });
    });
  });
});
