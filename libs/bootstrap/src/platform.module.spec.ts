import { redisConnection } from './platform.module';

describe('redisConnection', () => {
  it('should give host, port and database when the URL is plain', () => {
    const connection = redisConnection('redis://127.0.0.1:6379');

    expect(connection).toEqual({ host: '127.0.0.1', port: 6379, db: 0, maxRetriesPerRequest: null });
  });

  it('should give credentials, database and TLS when the URL carries them', () => {
    const connection = redisConnection('rediss://motcua:p%40ss@redis.internal:6380/2');

    expect(connection).toEqual({
      host: 'redis.internal',
      port: 6380,
      username: 'motcua',
      password: 'p@ss',
      db: 2,
      tls: {},
      maxRetriesPerRequest: null,
    });
  });
});
