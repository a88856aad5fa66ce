import { InvalidEnvironmentError } from '@motcua/config';
import { loadConfig } from './config';

const PRIMARY_SECRET = 'primary-report-secret-0123';
const BACKUP_SECRET = 'backup=report=secret-4567';

function rawEnv(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MOTCUA_DB_PASSWORD: 'db-pass-9f3k2',
    MOTCUA_AMQP_URL: 'amqp://motcua:amqp-pass-7q1x@127.0.0.1:5672/motcua',
    ...overrides,
  };
}

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    loadConfig(raw);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('should refuse every delivery report and alert administrators in their inbox only by default', () => {
    const config = loadConfig(rawEnv());

    expect(config.delivery.smsReportSecrets).toEqual([]);
    expect(config.deadLetterAlerts).toEqual({ windowMs: 300_000, emails: [] });
  });

  it("should read each provider's report secret, an equals sign inside a secret included", () => {
    const config = loadConfig(
      rawEnv({ MOTCUA_SMS_REPORT_SECRETS: `primary=${PRIMARY_SECRET},backup=${BACKUP_SECRET}` }),
    );

    expect(config.delivery.smsReportSecrets).toEqual([
      { provider: 'primary', secret: PRIMARY_SECRET },
      { provider: 'backup', secret: BACKUP_SECRET },
    ]);
  });

  it('should refuse a report secret shorter than 16 characters or a list without names', () => {
    expect(problemsOf(rawEnv({ MOTCUA_SMS_REPORT_SECRETS: 'primary=short' }))).toEqual([
      'MOTCUA_SMS_REPORT_SECRETS is invalid (matches)',
    ]);
    expect(problemsOf(rawEnv({ MOTCUA_SMS_REPORT_SECRETS: PRIMARY_SECRET }))).toEqual([
      'MOTCUA_SMS_REPORT_SECRETS is invalid (matches)',
    ]);
  });

  it('should read the dead-letter alert window and addresses, and refuse a window under a second', () => {
    const config = loadConfig(
      rawEnv({
        MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS: '60000',
        MOTCUA_DEAD_LETTER_ALERT_EMAILS: 'a@motcua.vn,b@motcua.vn',
      }),
    );

    expect(config.deadLetterAlerts).toEqual({ windowMs: 60_000, emails: ['a@motcua.vn', 'b@motcua.vn'] });
    expect(problemsOf(rawEnv({ MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS: '10' }))).toEqual([
      'MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS is invalid (min)',
    ]);
    expect(problemsOf(rawEnv({ MOTCUA_DEAD_LETTER_ALERT_EMAILS: 'not-an-address' }))).toEqual([
      'MOTCUA_DEAD_LETTER_ALERT_EMAILS is invalid (matches)',
    ]);
  });
});
