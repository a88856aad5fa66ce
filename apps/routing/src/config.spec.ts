import { InvalidEnvironmentError } from '@motcua/config';
import { DueSoonThreshold } from '@motcua/contracts';
import { loadConfig } from './config';

const SECRETS = {
  MOTCUA_DB_PASSWORD: 'db-pass-9f3k2',
  MOTCUA_AMQP_URL: 'amqp://motcua:amqp-pass-7q1x@127.0.0.1:5672/motcua',
};

describe('loadConfig', () => {
  it('should fire every due-soon threshold and reconcile every five minutes by default', () => {
    const config = loadConfig({ ...SECRETS });

    expect(config.deadlines).toEqual({
      thresholds: [
        DueSoonThreshold.ThreeWorkingDays,
        DueSoonThreshold.OneWorkingDay,
        DueSoonThreshold.DueDay,
      ],
      reconcileMs: 300_000,
    });
  });

  it('should read the thresholds as a comma-separated list', () => {
    const config = loadConfig({
      ...SECRETS,
      MOTCUA_DUE_SOON_THRESHOLDS: 'one_working_day, due_day',
      MOTCUA_DEADLINES_RECONCILE_MS: '1000',
    });

    expect(config.deadlines).toEqual({
      thresholds: [DueSoonThreshold.OneWorkingDay, DueSoonThreshold.DueDay],
      reconcileMs: 1000,
    });
  });

  it.each([
    [
      'an unknown threshold',
      { MOTCUA_DUE_SOON_THRESHOLDS: 'two_working_days' },
      'MOTCUA_DUE_SOON_THRESHOLDS',
    ],
    ['a repeated threshold', { MOTCUA_DUE_SOON_THRESHOLDS: 'due_day,due_day' }, 'MOTCUA_DUE_SOON_THRESHOLDS'],
    [
      'a reconcile interval under 100 ms',
      { MOTCUA_DEADLINES_RECONCILE_MS: '10' },
      'MOTCUA_DEADLINES_RECONCILE_MS',
    ],
  ])('should refuse %s', (_, overrides, variable) => {
    const load = () => loadConfig({ ...SECRETS, ...overrides });

    expect(load).toThrow(InvalidEnvironmentError);
    expect(load).toThrow(variable);
  });
});
