import { UnalertedLetter, deadLetterAlert } from './dead-letter-alert';

const letter = (overrides: Partial<UnalertedLetter> = {}): UnalertedLetter => ({
  service: 'routing',
  messageKey: '019ac6a0-0000-7000-8000-000000000001',
  eventType: 'intake.dossier.received.v1',
  reason: 'invalid',
  detail: '[{"field":"code","constraint":"matches"}]',
  deadAt: new Date('2026-11-28T03:00:00Z'),
  receivedAt: new Date('2026-11-28T03:00:01Z'),
  ...overrides,
});

describe(deadLetterAlert.name, () => {
  it('should name the service, the event type, the reason with its meaning and the replay command of one letter', () => {
    const alert = deadLetterAlert('routing', [letter()]);

    expect(alert.title).toBe('Thư chết tại routing: intake.dossier.received.v1');
    expect(alert.body).toContain('Lý do: invalid (nội dung không đúng hợp đồng sự kiện)');
    expect(alert.body).toContain('Chi tiết: [{"field":"code","constraint":"matches"}]');
    expect(alert.body).toContain('Thời điểm: 10:00 ngày 28/11/2026');
    expect(alert.body).toContain(
      'npm run dead-letters -- replay routing 019ac6a0-0000-7000-8000-000000000001',
    );
  });

  it('should give the replay of the whole queue when the message had no id', () => {
    const alert = deadLetterAlert('fees', [letter({ messageKey: 'sha256:ab12', reason: 'malformed' })]);

    expect(alert.body).toMatch(/phát lại: npm run dead-letters -- replay fees$/);
  });

  it('should count the letters of a digest and list at most twenty of them', () => {
    const letters = Array.from({ length: 23 }, (_, i) =>
      letter({ messageKey: `key-${i}`, reason: 'delivery_limit', detail: null }),
    );

    const alert = deadLetterAlert('routing', letters);

    expect(alert.title).toBe('23 thư chết tại routing');
    expect(alert.body).toContain('- intake.dossier.received.v1 key-19 — delivery_limit');
    expect(alert.body).not.toContain('key-20');
    expect(alert.body).toContain('… và 3 thông điệp khác.');
    expect(alert.body).toContain('npm run dead-letters -- list routing');
  });
});
