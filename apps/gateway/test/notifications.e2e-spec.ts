import {
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DueSoonThreshold,
  EventKey,
  EventMap,
  FEE_ASSESSED_V1,
  SHIPMENT_FAILED_V1,
  SHIPMENT_PICKED_UP_V1,
  ShipmentKind,
} from '@motcua/contracts';
import { EVENT_FIXTURES } from '@motcua/contracts/test';
import { vietnamDay } from '@motcua/calendar';
import { ReceptionBody, SmsProviderSimulator, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { EventInjector } from './support/event-injector';

import { SmtpInbox } from './support/smtp-inbox';

interface MessageBody {
  id: string;
  channel: 'sms' | 'email' | 'inbox';
  audience: string;
  recipient: string;
  body: string;
  status: string;
  eventType: string;
  createdAt: string;
  statusChangedAt: string;
  sentAt?: string;
  deliveredAt?: string;
  failedAt?: string;
  failureReason?: string;
  attempts: number;
  provider?: string;
}

interface DossierBody {
  id: string;
  code: string;
  dueAt: string;
}

interface InboxBody {
  items: {
    id: string;
    dossierId?: string;
    title: string;
    body: string;
    eventType: string;
    readAt?: string;
  }[];
  unreadCount: number;
}

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

interface TemplateBody {
  eventType: string;
  channel: string;
  audience: string;
  version: number;
  body: string;
  placeholders: string[];
  isLegalNotice: boolean;
  sms?: { encoding: string; characters: number; segments: number };
}

const UNIT = '000.00.20.H41';
const PRIMARY_SECRET = 'e2e-primary-report-secret-0123456789';
const BACKUP_SECRET = 'e2e-backup-report-secret-9876543210';
const FINAL = ['delivered', 'permanently_failed'];

// Each test its own applicant number, so what the simulated providers received is told apart by number.
let nextPhone = 10;
const newPhone = () => {
  nextPhone += 1;
  return { national: `09123456${nextPhone}`, e164: `+849123456${nextPhone}` };
};

// The fees service assesses the demo procedure's fee for real, so applicants also get a fee notice.
const receptionTexts = (texts: { text: string }[]) =>
  texts.filter((t) => t.text.includes('đã tiếp nhận hồ sơ'));

const subjectOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

describe('Notifications: templated SMS, e-mail and the live staff inbox, stored first and delivered once', () => {
  let system: TestSystem;
  let primary: SmsProviderSimulator;
  let backup: SmsProviderSimulator;
  let smtp: SmtpInbox;
  let events: EventInjector;
  let base: ReceptionBody;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    primary = await SmsProviderSimulator.start('primary');
    backup = await SmsProviderSimulator.start('backup');
    smtp = await SmtpInbox.start();
    system = await TestSystem.start('notifications', {
      env: {
        MOTCUA_SMS_PROVIDERS: `primary=${primary.url},backup=${backup.url}`,
        MOTCUA_SMS_TIMEOUT_MS: '500',
        MOTCUA_SMS_PROVIDER_COOLDOWN_MS: '0',
        MOTCUA_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MOTCUA_SMS_REPORT_SECRETS: `primary=${PRIMARY_SECRET},backup=${BACKUP_SECRET}`,
        MOTCUA_QUIET_HOURS: '',
        MOTCUA_DELIVERY_ATTEMPTS: '3',
        MOTCUA_DELIVERY_BACKOFF_MS: '300',
        MOTCUA_DELIVERY_POLL_MS: '100',
      },
    });
    events = await EventInjector.connect(system.brokerUrl);
    primary.reportTo(`${system.gatewayUrl}/public/v1/notifications/sms-reports`, PRIMARY_SECRET);
    backup.reportTo(`${system.gatewayUrl}/public/v1/notifications/sms-reports`, BACKUP_SECRET);
    for (const user of ['reception', 'officer', 'unit_lead', 'admin', 'manager']) {
      tokens[user] = await system.login(user);
    }
    // The paper of these dossiers leaves at once: a shipment held for want of a contact point would add its
    // own notes to the managers' and the leads' inboxes.
    await system.request('PUT', '/api/v1/courier/units/000.00.20.H41/contact-points', {
      token: tokens.admin,
      body: { contactPoints: [{ fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–16:30' }] },
    });
    base = await receptionFor(system, tokens.reception, '2.000488');
  }, 180_000);

  afterEach(() => {
    primary.reset();
    backup.reset();
    smtp.refusedRecipients.clear();
  });

  afterAll(async () => {
    await events?.close();
    await system?.stop();
    await primary?.stop();
    await backup?.stop();
    await smtp?.stop();
  });

  async function receive(phone: string, email?: string): Promise<DossierBody> {
    const response = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
      token: tokens.reception,
      body: { ...base, applicant: { ...base.applicant, phone, ...(email ? { email } : {}) } },
      headers: { 'idempotency-key': `e2e-${randomUUID()}` },
    });
    if (response.status !== 201)
      throw new Error(`reception: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function messagesOf(dossierId: string): Promise<MessageBody[]> {
    const view = await system.request<{ messages: MessageBody[] | null }>(
      'GET',
      `/api/v1/dossiers/${dossierId}`,
      {
        token: tokens.reception,
      },
    );
    return view.body.messages ?? [];
  }

  /** Waits until the dossier has a message of this event on this channel in one of `statuses`. */
  async function messageOf(
    dossierId: string,
    eventType: string,
    channel: MessageBody['channel'],
    statuses: readonly string[] = FINAL,
  ): Promise<MessageBody> {
    return waitFor(
      async () =>
        (await messagesOf(dossierId)).find(
          (m) => m.eventType === eventType && m.channel === channel && statuses.includes(m.status),
        ),
      { timeoutMs: 20_000, description: `${channel} message of ${eventType} in ${statuses.join('|')}` },
    );
  }

  function publish<K extends EventKey>(type: K, overrides: Partial<EventMap[K]>) {
    const envelope = events.envelope(type, { ...EVENT_FIXTURES[type](), ...overrides } as EventMap[K]);
    return events.publish(envelope).then(() => envelope);
  }

  // Deliveries of `type` the service failed to handle (and had retried), whatever the reason.
  async function failures(type: string): Promise<number> {
    const metrics = await fetch(`${system.serviceUrl('notifications')}/metrics`).then((r) => r.text());
    return metrics
      .split('\n')
      .filter((l) => l.startsWith(`motcua_messages_failed_total{type="${type}"`))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  }

  async function gauge(name: string): Promise<number> {
    const metrics = await fetch(`${system.serviceUrl('notifications')}/metrics`).then((r) => r.text());
    const line = metrics.split('\n').find((l) => l.startsWith(`${name} `));
    return line ? Number(line.split(' ').pop()) : Number.NaN;
  }

  async function handled(type: string, outcome: 'applied' | 'duplicate'): Promise<number> {
    const metrics = await fetch(`${system.serviceUrl('notifications')}/metrics`).then((r) => r.text());
    const line = metrics
      .split('\n')
      .find((l) => l.startsWith(`motcua_messages_handled_total{type="${type}",outcome="${outcome}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  /** Follows a user's inbox stream; resolves once the gateway says it is following (`ready`). */
  async function follow(user: string) {
    const controller = new AbortController();
    const response = await fetch(`${system.gatewayUrl}/api/v1/inbox/events`, {
      headers: { authorization: `Bearer ${tokens[user]}` },
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const stream = {
      text: '',
      async until(fragment: string): Promise<string> {
        while (!stream.text.includes(fragment)) {
          const chunk = await reader.read();
          if (chunk.done) break;
          stream.text += decoder.decode(chunk.value, { stream: true });
        }
        return stream.text;
      },
      close: () => controller.abort(),
    };
    await stream.until('event: ready');
    return stream;
  }

  async function inbox(user: string, query = ''): Promise<InboxBody> {
    return (await system.request<InboxBody>('GET', `/api/v1/inbox${query}`, { token: tokens[user] })).body;
  }

  describe('reception', () => {
    it('should text and mail the applicant the code, the due date and the lookup link, and note the unit inbox', async () => {
      const phone = newPhone();
      const email = `an.${phone.national}@example.vn`;

      const dossier = await receive(phone.national, email);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      const mail = await messageOf(dossier.id, 'intake.dossier.received.v1', 'email');
      const note = await messageOf(dossier.id, 'routing.dossier.assigned.v1', 'inbox');
      expect(sms).toMatchObject({
        status: 'delivered',
        recipient: `+8491****${phone.national.slice(-3)}`,
        attempts: 1,
      });
      expect(sms.deliveredAt).toEqual(expect.any(String));
      expect(mail).toMatchObject({ status: 'delivered', provider: 'smtp', audience: 'citizen' });
      expect(note).toMatchObject({ status: 'delivered', recipient: UNIT, audience: 'unit' });
      const texts = receptionTexts([...primary.to(phone.e164), ...backup.to(phone.e164)]);
      expect(texts).toHaveLength(1);
      expect(texts[0].text).toContain(dossier.code);
      expect(texts[0].text).toContain('Hẹn trả:');
      expect(texts[0].text).toContain(`/tra-cuu?ma=${dossier.code}`);
      const receptionMails = () =>
        smtp.to(email).filter((m) => m.subject === `Đã tiếp nhận hồ sơ ${dossier.code}`);
      const mails = await waitFor(() => receptionMails().length > 0 && receptionMails());
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('Kính gửi ông/bà Nguyễn Văn An');
      expect(mails[0].text).toContain('Ngày hẹn trả kết quả:');
    });
  });

  describe('citizen notices from routing', () => {
    const cases: [string, EventKey, string, string][] = [
      [
        DOSSIER_SUPPLEMENT_REQUESTED_V1,
        DOSSIER_SUPPLEMENT_REQUESTED_V1,
        'cần bổ sung',
        'Yêu cầu bổ sung hồ sơ',
      ],
      [DOSSIER_EXTENDED_V1, DOSSIER_EXTENDED_V1, 'Hẹn lại: 17:00 ngày 10/12/2026', 'Thư xin lỗi và hẹn lại'],
      [DOSSIER_RESOLVED_V1, DOSSIER_RESOLVED_V1, 'đã có kết quả (LLTP-2026-001234)', 'đã có kết quả'],
      [
        DOSSIER_STOPPED_V1,
        DOSSIER_STOPPED_V1,
        'dừng giải quyết do quá hạn bổ sung',
        'Thông báo dừng giải quyết',
      ],
    ];

    it.each(cases)(
      'should text and mail the applicant when %s arrives',
      async (_, type, smsText, subject) => {
        const phone = newPhone();
        const email = `notice.${phone.national}@example.vn`;
        const dossier = await receive(phone.national, email);
        await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');

        await publish(type, { dossierId: dossier.id, code: dossier.code });

        const sms = await messageOf(dossier.id, type, 'sms');
        const mail = await messageOf(dossier.id, type, 'email');
        expect(sms.status).toBe('delivered');
        expect(sms.body).toContain(smsText);
        expect(mail.status).toBe('delivered');
        const mails = await waitFor(() => smtp.to(email).find((m) => m.subject.includes(subject)));
        expect(mails.subject).toContain(dossier.code);
      },
    );

    it('should tell the applicant of the fee the fees service assessed and of the result leaving by post', async () => {
      const phone = newPhone();
      const dossier = await receive(phone.national);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');

      await publish(SHIPMENT_PICKED_UP_V1, {
        kind: ShipmentKind.ResultToCitizen,
        dossiers: [{ dossierId: dossier.id, code: dossier.code }],
        trackingNumber: 'EA123456785VN',
      });

      const fee = await messageOf(dossier.id, FEE_ASSESSED_V1, 'sms');
      const post = await messageOf(dossier.id, SHIPMENT_PICKED_UP_V1, 'sms');
      expect(fee).toMatchObject({ status: 'delivered', eventType: FEE_ASSESSED_V1 });
      expect(fee.body).toMatch(/cần nộp phí, lệ phí [\d.]+ đồng trước khi giải quyết/);
      expect(post.body).toContain('mã vận đơn EA123456785VN');
    });

    it('should alert the unit of a courier incident at once', async () => {
      const dossier = await receive(newPhone().national);

      await publish(SHIPMENT_FAILED_V1, {
        dossiers: [{ dossierId: dossier.id, code: dossier.code }],
        destinationUnitCode: UNIT,
      });

      const alert = await messageOf(dossier.id, SHIPMENT_FAILED_V1, 'inbox');
      expect(alert).toMatchObject({ status: 'delivered', recipient: UNIT, audience: 'unit' });
      const item = (await inbox('officer')).items.find(
        (i) => i.dossierId === dossier.id && i.eventType === SHIPMENT_FAILED_V1,
      );
      expect(item?.title).toBe('Sự cố bưu gửi EA000000014VN');
      expect(item?.body).toContain('số niêm phong không khớp');
    });

    it('should send a fee assessed before the reception arrived once the reception comes, without a retry', async () => {
      const phone = newPhone();
      const dossierId = uuidv7();
      const code = `000.00.20.H41-200101-${phone.national.slice(-4)}`;
      const failuresBefore = await failures(FEE_ASSESSED_V1);
      const appliedBefore = await handled(FEE_ASSESSED_V1, 'applied');
      const duplicatesBefore = await handled(FEE_ASSESSED_V1, 'duplicate');

      const fee = await publish(FEE_ASSESSED_V1, { dossierId, code });
      await waitFor(async () => (await handled(FEE_ASSESSED_V1, 'applied')) > appliedBefore, {
        description: 'the early fee to be handled',
      });
      const waiting = await gauge('motcua_notifications_events_awaiting_contact');
      expect(waiting).toBeGreaterThanOrEqual(1);
      expect(await gauge('motcua_notifications_events_awaiting_contact_oldest_seconds')).toBeGreaterThan(0);
      // A procedure fees does not know: fees keeps the dossier waiting for it and assesses nothing of its own,
      // so the only fee event is the early one.
      await publish(DOSSIER_RECEIVED_V1, {
        dossierId,
        code,
        procedureCode: '9.899999',
        applicant: { fullName: 'Nguyễn Văn An', phone: phone.e164 },
      });
      const feeTexts = () =>
        [...primary.to(phone.e164), ...backup.to(phone.e164)].filter((t) => t.text.includes('cần nộp phí'));
      await waitFor(async () => feeTexts().length > 0 || undefined, { description: 'the fee SMS' });
      await events.publish(fee);
      await waitFor(async () => (await handled(FEE_ASSESSED_V1, 'duplicate')) > duplicatesBefore, {
        description: 'the fee again to be handled',
      });

      expect(feeTexts()).toHaveLength(1);
      expect(await failures(FEE_ASSESSED_V1)).toBe(failuresBefore);
      expect(await gauge('motcua_notifications_events_awaiting_contact')).toBe(waiting - 1);
    });

    it('should send nothing twice when the same event is delivered again', async () => {
      const phone = newPhone();
      const email = `twice.${phone.national}@example.vn`;
      const dossier = await receive(phone.national, email);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      const duplicatesBefore = await handled(DOSSIER_EXTENDED_V1, 'duplicate');

      const envelope = await publish(DOSSIER_EXTENDED_V1, { dossierId: dossier.id, code: dossier.code });
      await messageOf(dossier.id, DOSSIER_EXTENDED_V1, 'sms');
      await events.publish(envelope);
      await waitFor(async () => (await handled(DOSSIER_EXTENDED_V1, 'duplicate')) > duplicatesBefore, {
        description: 'the duplicate to be handled',
      });

      const extensions = (await messagesOf(dossier.id)).filter((m) => m.eventType === DOSSIER_EXTENDED_V1);
      expect(extensions.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
      const texts = [...primary.to(phone.e164), ...backup.to(phone.e164)];
      expect(texts.filter((t) => t.text.includes('Xin lỗi'))).toHaveLength(1);
      expect(smtp.to(email).filter((m) => m.subject.startsWith('Thư xin lỗi'))).toHaveLength(1);
    });
  });

  describe('staff inbox', () => {
    it('should show the assignment to the unit staff, count it unread per user and mark it read for one only', async () => {
      const dossier = await receive(newPhone().national);
      await messageOf(dossier.id, 'routing.dossier.assigned.v1', 'inbox');

      const officerInbox = await inbox('officer');
      const item = officerInbox.items.find((i) => i.dossierId === dossier.id);
      expect(item).toMatchObject({ title: 'Hồ sơ mới được giao', eventType: 'routing.dossier.assigned.v1' });
      expect(item?.readAt).toBeUndefined();
      expect((await inbox('reception')).items.some((i) => i.dossierId === dossier.id)).toBe(false);
      const leadUnreadBefore = (await inbox('unit_lead')).unreadCount;

      const marked = await system.request<{ unreadCount: number }>('POST', '/api/v1/inbox/read', {
        token: tokens.officer,
        body: { itemIds: [item?.id] },
      });

      expect(marked.status).toBe(200);
      expect(marked.body.unreadCount).toBe(officerInbox.unreadCount - 1);
      const after = await inbox('officer');
      expect(after.items.find((i) => i.id === item?.id)?.readAt).toEqual(expect.any(String));
      expect((await inbox('officer', '?unreadOnly=true')).items.some((i) => i.id === item?.id)).toBe(false);
      expect((await inbox('unit_lead')).unreadCount).toBe(leadUnreadBefore);
    });

    it('should refuse a mark-read naming no item, or a malformed one, with the field named', async () => {
      const malformed = await system.request<ErrorBody>('POST', '/api/v1/inbox/read', {
        token: tokens.officer,
        body: { itemIds: ['not-a-uuid'] },
      });
      const empty = await system.request<ErrorBody>('POST', '/api/v1/inbox/read', {
        token: tokens.officer,
        body: {},
      });

      for (const response of [malformed, empty]) {
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details?.[0].field).toBe('itemIds');
      }
    });

    it('should alert the named officer and the unit leads of due-soon and overdue dossiers, live to the lead', async () => {
      const dossier = await receive(newPhone().national);
      const officerId = subjectOf(tokens.officer);
      const stream = await follow('unit_lead');

      await publish(DOSSIER_DUE_SOON_V1, {
        dossierId: dossier.id,
        code: dossier.code,
        officerId,
        threshold: DueSoonThreshold.OneWorkingDay,
      });
      const overdue = await publish(DOSSIER_OVERDUE_V1, {
        dossierId: dossier.id,
        code: dossier.code,
        officerId,
      });

      const text = await stream.until(`Hồ sơ ${dossier.code} đã quá hạn`);
      stream.close();
      expect(text).toContain('event: item');
      expect(text).toContain(`"eventType":"${overdue.type}"`);
      const officerItems = (await inbox('officer')).items.filter((i) => i.dossierId === dossier.id);
      expect(officerItems.map((i) => i.eventType).sort()).toEqual(
        ['routing.dossier.assigned.v1', DOSSIER_DUE_SOON_V1, DOSSIER_OVERDUE_V1].sort(),
      );
      expect(officerItems.find((i) => i.eventType === DOSSIER_DUE_SOON_V1)?.body).toContain(
        'còn 1 ngày làm việc',
      );
      const leadItems = (await inbox('unit_lead')).items.filter((i) => i.dossierId === dossier.id);
      expect(leadItems.map((i) => i.eventType).sort()).toEqual(
        ['routing.dossier.assigned.v1', DOSSIER_DUE_SOON_V1, DOSSIER_OVERDUE_V1].sort(),
      );
      expect((await inbox('manager')).items.some((i) => i.dossierId === dossier.id)).toBe(false);
      const stored = (await messagesOf(dossier.id)).filter((m) => m.eventType === DOSSIER_OVERDUE_V1);
      expect(stored.map((m) => m.audience).sort()).toEqual(['officer', 'unit_lead']);
    });

    it('should hold non-urgent items back from the live stream of a digest reader, never urgent ones', async () => {
      const dossier = await receive(newPhone().national);
      const chosen = await system.request<{ digest: boolean }>('PUT', '/api/v1/inbox/preferences', {
        token: tokens.unit_lead,
        body: { digest: true },
      });
      const forbidden = await system.request('PUT', '/api/v1/inbox/preferences', {
        token: tokens.reception,
        body: { digest: true },
      });
      const malformed = await system.request<ErrorBody>('PUT', '/api/v1/inbox/preferences', {
        token: tokens.unit_lead,
        body: { digest: 'yes' },
      });
      const db = await system.db();
      try {
        const stream = await follow('unit_lead');

        await publish(DOSSIER_DUE_SOON_V1, { dossierId: dossier.id, code: dossier.code });
        await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT 1 FROM notifications.outbox WHERE message_type = 'notifications.inbox.item-added.v1'
               AND envelope->'payload'->>'dossierId' = $1 AND envelope->'payload'->>'eventType' = $2
               AND published_at IS NOT NULL`,
            [dossier.id, DOSSIER_DUE_SOON_V1],
          );
          return rows.length === 1;
        });
        await publish(DOSSIER_OVERDUE_V1, { dossierId: dossier.id, code: dossier.code });
        const text = await stream.until(`Hồ sơ ${dossier.code} đã quá hạn`);
        stream.close();

        expect(chosen.body).toEqual({ digest: true });
        expect(forbidden.status).toBe(403);
        expect(malformed.status).toBe(400);
        expect(malformed.body.details?.[0].field).toBe('digest');
        expect(text).toMatch(/event: ready\n(id: \d+\n)?data: {"digest":true}/);
        expect(text).not.toContain(`Hồ sơ ${dossier.code} sắp đến hạn`);
        const leadItems = (await inbox('unit_lead')).items.filter((i) => i.dossierId === dossier.id);
        expect(leadItems.map((i) => i.title)).toContain(`Hồ sơ ${dossier.code} sắp đến hạn`);
      } finally {
        await db.end();
        await system.request('PUT', '/api/v1/inbox/preferences', {
          token: tokens.unit_lead,
          body: { digest: false },
        });
      }
    });
  });

  describe('delivery faults', () => {
    it('should fail over to the second provider when the first is down', async () => {
      primary.mode = 'down';
      const phone = newPhone();

      const dossier = await receive(phone.national);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({ status: 'delivered', provider: 'backup', attempts: 1 });
      expect(receptionTexts(backup.to(phone.e164))).toHaveLength(1);
    });

    it('should fail over to the second provider when the first is too slow', async () => {
      primary.mode = 'slow';
      const phone = newPhone();

      const dossier = await receive(phone.national);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({ status: 'delivered', provider: 'backup', attempts: 1 });
      expect(primary.to(phone.e164)).toHaveLength(0);
    });

    it('should retry during an outage of every provider and deliver once one is back', async () => {
      primary.mode = 'down';
      const phone = newPhone();
      backup.failsOnceFor.add(phone.e164);

      const dossier = await receive(phone.national);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({
        status: 'delivered',
        provider: 'backup',
        attempts: 2,
        failureReason: 'provider_http_503',
      });
      expect(receptionTexts(backup.to(phone.e164))).toHaveLength(1);
    });

    it('should fail permanently with the reason when every attempt meets an outage', async () => {
      primary.mode = 'down';
      backup.mode = 'down';

      const dossier = await receive(newPhone().national);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({
        status: 'permanently_failed',
        failureReason: 'provider_http_503',
        attempts: 3,
      });
      expect(sms.failedAt).toEqual(expect.any(String));
    });

    it('should fail permanently at once when the provider refuses the number', async () => {
      const phone = newPhone();
      primary.invalidNumbers.add(phone.e164);

      const dossier = await receive(phone.national);

      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({
        status: 'permanently_failed',
        failureReason: 'invalid_number',
        attempts: 1,
      });
      expect(backup.to(phone.e164)).toHaveLength(0);
    });

    it('should fail permanently when the mail server refuses the address', async () => {
      const phone = newPhone();
      const email = `khong.ton.tai.${phone.national}@example.vn`;
      smtp.refusedRecipients.add(email);

      const dossier = await receive(phone.national, email);

      const mail = await messageOf(dossier.id, 'intake.dossier.received.v1', 'email');
      expect(mail).toMatchObject({ status: 'permanently_failed', failureReason: 'recipient_rejected' });
      expect((await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms')).status).toBe('delivered');
    });

    it('should never move a status back when delivery reports arrive late or out of order', async () => {
      primary.reportsLater = true;
      const phone = newPhone();
      const dossier = await receive(phone.national);
      const sending = await waitFor(async () =>
        (await messagesOf(dossier.id)).find(
          (m) => m.channel === 'sms' && m.status === 'sending' && m.provider,
        ),
      );
      const [accepted] = primary.to(phone.e164);

      const delivered = await primary.report(accepted.id, 'delivered');
      const late = await primary.report(accepted.id, 'failed', { reason: 'expired' });

      expect(sending.provider).toBe('primary');
      expect(delivered.body).toEqual({ status: 'delivered' });
      expect(late.body).toEqual({ status: 'delivered' });
      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({ status: 'delivered', attempts: 1 });
      const unknown = await primary.report('never-sent', 'delivered');
      expect(unknown.status).toBe(404);
    });

    it("should check each provider's reports with its own secret, refuse stale ones and ignore replays", async () => {
      primary.reportsLater = true;
      const phone = newPhone();
      const dossier = await receive(phone.national);
      await waitFor(async () =>
        (await messagesOf(dossier.id)).find(
          (m) => m.channel === 'sms' && m.status === 'sending' && m.provider,
        ),
      );
      const [accepted] = primary.to(phone.e164);
      const now = Math.floor(Date.now() / 1000);

      const withBackupSecret = await primary.report(accepted.id, 'delivered', { secret: BACKUP_SECRET });
      const asBackup = await backup.report(accepted.id, 'delivered');
      const unsigned = await primary.report(accepted.id, 'delivered', { unsigned: true });
      const stale = await primary.report(accepted.id, 'delivered', { timestamp: now - 600 });
      const failed = await primary.report(accepted.id, 'failed', { reason: 'expired' });
      const replay = await primary.resend(failed.sent);
      const malformed = await primary.report('', 'delivered');

      expect(withBackupSecret.status).toBe(401);
      expect(withBackupSecret.body).toMatchObject({ code: 'DELIVERY_REPORT_SIGNATURE_INVALID' });
      expect(asBackup.status).toBe(404);
      expect(unsigned.status).toBe(401);
      expect(unsigned.body).toMatchObject({ code: 'DELIVERY_REPORT_SIGNATURE_INVALID' });
      expect(stale.status).toBe(401);
      expect(stale.body).toMatchObject({ code: 'DELIVERY_REPORT_STALE' });
      expect(failed.body).toEqual({ status: 'permanently_failed' });
      expect(replay).toEqual({ status: 200, body: { status: 'permanently_failed', isReplay: true } });
      expect(malformed.status).toBe(400);
      expect((malformed.body as ErrorBody).details?.[0]).toMatchObject({ field: 'providerMessageId' });
      const sms = await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      expect(sms).toMatchObject({ status: 'permanently_failed', failureReason: 'expired' });
    });
  });

  describe('templates', () => {
    const RESOLVED_SMS = { eventType: DOSSIER_RESOLVED_V1, channel: 'sms', audience: 'citizen' };

    async function current(key: typeof RESOLVED_SMS): Promise<TemplateBody> {
      const list = await system.request<{ items: TemplateBody[] }>('GET', '/api/v1/notification-templates', {
        token: tokens.admin,
      });
      const found = list.body.items.find(
        (t) => t.eventType === key.eventType && t.channel === key.channel && t.audience === key.audience,
      );
      if (!found) throw new Error('template not listed');
      return found;
    }

    it('should list every template with its placeholders and SMS length, for administrators only', async () => {
      const forbidden = await system.request('GET', '/api/v1/notification-templates', {
        token: tokens.officer,
      });

      const extension = await current({ ...RESOLVED_SMS, eventType: DOSSIER_EXTENDED_V1 });

      expect(forbidden.status).toBe(403);
      expect(extension.isLegalNotice).toBe(true);
      expect(extension.placeholders).toEqual(expect.arrayContaining(['code', 'newDueDate', 'lookupUrl']));
      expect(extension.sms).toMatchObject({ encoding: 'ucs2' });
      expect(extension.sms?.segments).toBeGreaterThanOrEqual(2);
    });

    it('should refuse a template with an unknown placeholder, naming it and the field', async () => {
      const template = await current(RESOLVED_SMS);

      const response = await system.request<ErrorBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body: {
          ...RESOLVED_SMS,
          body: 'Hồ sơ {{code}} có kết quả ngày {{ngayTra}}',
          expectedVersion: template.version,
        },
      });

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('TEMPLATE_UNKNOWN_PLACEHOLDER');
      expect(response.body.message).toContain('{{ngayTra}}');
      expect(response.body.details?.[0]).toMatchObject({ field: 'body', constraint: 'isKnownPlaceholder' });
    });

    it('should refuse a malformed template and a missing body', async () => {
      const malformed = await system.request<ErrorBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body: {
          ...RESOLVED_SMS,
          body: 'Hồ sơ {{code}}{{#if resultReference}} số {{resultReference}}',
          expectedVersion: 1,
        },
      });
      const missing = await system.request<ErrorBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body: { ...RESOLVED_SMS, expectedVersion: 1 },
      });

      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('TEMPLATE_MALFORMED');
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
      expect(missing.body.details?.map((d) => d.field)).toEqual(['body']);
    });

    it('should preview a draft with its segments: UCS-2 with diacritics, GSM when unaccented', async () => {
      const draft = {
        ...RESOLVED_SMS,
        body: 'Hồ sơ {{code}} đã có kết quả. Mời ông/bà đến nhận tại Trung tâm.',
      };

      const accented = await system.request<{ text: string; sms: TemplateBody['sms'] }>(
        'POST',
        '/api/v1/notification-templates/preview',
        { token: tokens.admin, body: draft },
      );
      const plain = await system.request<{ text: string; sms: TemplateBody['sms'] }>(
        'POST',
        '/api/v1/notification-templates/preview',
        { token: tokens.admin, body: { ...draft, smsUnaccented: true } },
      );

      expect(accented.status).toBe(200);
      expect(accented.body.text).toBe(
        'Hồ sơ 000.00.20.H41-261128-0001 đã có kết quả. Mời ông/bà đến nhận tại Trung tâm.',
      );
      expect(accented.body.sms).toEqual({ encoding: 'ucs2', characters: 81, segments: 2 });
      expect(plain.body.text).toBe(
        'Ho so 000.00.20.H41-261128-0001 da co ket qua. Moi ong/ba den nhan tai Trung tam.',
      );
      expect(plain.body.sms).toEqual({ encoding: 'gsm7', characters: 81, segments: 1 });
    });

    it('should save a new version, use it for the next message, and refuse a save over a stale version', async () => {
      const before = await current(RESOLVED_SMS);
      const key = `e2e-template-${randomUUID()}`;
      const body = {
        ...RESOLVED_SMS,
        body: 'Ket qua ho so {{code}} da san sang{{#if resultReference}}, so {{resultReference}}{{/if}}.',
        expectedVersion: before.version,
      };

      const saved = await system.request<TemplateBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body,
        headers: { 'idempotency-key': key },
      });
      const retried = await system.request<TemplateBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body,
        headers: { 'idempotency-key': key },
      });
      const stale = await system.request<ErrorBody>('PUT', '/api/v1/notification-templates', {
        token: tokens.admin,
        body,
      });
      const dossier = await receive(newPhone().national);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      await publish(DOSSIER_RESOLVED_V1, { dossierId: dossier.id, code: dossier.code });

      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(before.version + 1);
      expect(retried.body).toEqual(saved.body);
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('TEMPLATE_VERSION_CONFLICT');
      const sms = await messageOf(dossier.id, DOSSIER_RESOLVED_V1, 'sms');
      expect(sms.body).toBe(`Ket qua ho so ${dossier.code} da san sang, so LLTP-2026-001234.`);
    });

    it("should list a template's versions newest first down to the built-in one, for administrators only", async () => {
      const template = await current(RESOLVED_SMS);
      const versionsOf = (query: Record<string, string>, token = tokens.admin) =>
        system.request<{ items: { version: number; body: string; savedBy?: string }[] } & ErrorBody>(
          'GET',
          `/api/v1/notification-templates/versions?${new URLSearchParams(query).toString()}`,
          { token },
        );

      const versions = await versionsOf(RESOLVED_SMS);
      const unknown = await versionsOf({ ...RESOLVED_SMS, audience: 'admin' });
      const malformed = await versionsOf({ ...RESOLVED_SMS, channel: 'fax' });
      const forbidden = await versionsOf(RESOLVED_SMS, tokens.officer);

      expect(versions.status).toBe(200);
      expect(versions.body.items.map((item) => item.version)).toEqual(
        Array.from({ length: template.version }, (_, index) => template.version - index),
      );
      expect(versions.body.items[0]).toMatchObject({ body: template.body, savedBy: 'admin' });
      expect(versions.body.items.at(-1)).not.toHaveProperty('savedBy');
      expect(unknown).toMatchObject({ status: 404, body: { code: 'TEMPLATE_UNKNOWN' } });
      expect(malformed.status).toBe(400);
      expect(malformed.body.details?.map((d) => d.field)).toEqual(['channel']);
      expect(forbidden.status).toBe(403);
    });
  });

  describe('API documentation', () => {
    it('should document the notification endpoints with schemas from the contracts', async () => {
      const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };

      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/notification-templates',
          '/api/v1/notification-templates/preview',
          '/api/v1/inbox',
          '/api/v1/inbox/read',
          '/api/v1/inbox/preferences',
          '/api/v1/notifications/stats',
          '/public/v1/notifications/opt-out',
          '/public/v1/notifications/sms-reports/{provider}',
        ]),
      );
      const save = document.components.schemas.SaveTemplateBody.properties ?? {};
      expect(Object.keys(save)).toEqual(expect.arrayContaining(['eventType', 'body', 'expectedVersion']));
      expect(Object.keys(save)).not.toContain('actor');
      expect(Object.keys(document.components.schemas.SmsDeliveryReportV1.properties ?? {})).toEqual(
        expect.arrayContaining(['providerMessageId', 'status', 'reason']),
      );
      expect(Object.keys(document.components.schemas.InboxPageV1.properties ?? {})).toEqual(
        expect.arrayContaining(['items', 'unreadCount']),
      );
    });
  });

  describe('citizen opt-out', () => {
    it('should stop messages that are not legal notices, never the legal ones', async () => {
      const phone = newPhone();
      const dossier = await receive(phone.national);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');
      const resolvedBefore = await handled(DOSSIER_RESOLVED_V1, 'applied');

      const optOut = await system.request('POST', '/public/v1/notifications/opt-out', {
        body: { code: dossier.code, phone: phone.national, optOut: true },
      });
      await publish(DOSSIER_RESOLVED_V1, { dossierId: dossier.id, code: dossier.code });
      await publish(DOSSIER_EXTENDED_V1, { dossierId: dossier.id, code: dossier.code });

      expect(optOut.status).toBe(200);
      expect((await messageOf(dossier.id, DOSSIER_EXTENDED_V1, 'sms')).status).toBe('delivered');
      await waitFor(async () => (await handled(DOSSIER_RESOLVED_V1, 'applied')) > resolvedBefore, {
        description: 'the resolution to be handled',
      });
      expect((await messagesOf(dossier.id)).some((m) => m.eventType === DOSSIER_RESOLVED_V1)).toBe(false);
    });

    it('should answer not found for a wrong phone and name the field of a malformed one', async () => {
      const dossier = await receive(newPhone().national);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');

      const wrong = await system.request<ErrorBody>('POST', '/public/v1/notifications/opt-out', {
        body: { code: dossier.code, phone: '0987654321', optOut: true },
      });
      const malformed = await system.request<ErrorBody>('POST', '/public/v1/notifications/opt-out', {
        body: { code: dossier.code, phone: '12345', optOut: true },
      });

      expect(wrong.status).toBe(404);
      expect(wrong.body.code).toBe('NOTIFICATION_DOSSIER_NOT_FOUND');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details?.[0]).toMatchObject({ field: 'phone', constraint: 'isVietnameseMobile' });
    });
  });

  describe('day statistics', () => {
    it("should count the day's messages by channel and status and the failures by reason", async () => {
      const phone = newPhone();
      primary.invalidNumbers.add(phone.e164);
      const dossier = await receive(phone.national);
      await messageOf(dossier.id, 'intake.dossier.received.v1', 'sms');

      const stats = await system.request<{
        day: string;
        byChannelAndStatus: { channel: string; status: string; count: number }[];
        failuresByReason: { channel: string; reason: string; count: number }[];
      }>('GET', `/api/v1/notifications/stats?day=${vietnamDay(new Date())}`, { token: tokens.manager });
      const forbidden = await system.request('GET', '/api/v1/notifications/stats?day=2026-11-28', {
        token: tokens.officer,
      });
      const malformed = await system.request<ErrorBody>('GET', '/api/v1/notifications/stats?day=28-11-2026', {
        token: tokens.manager,
      });

      expect(stats.status).toBe(200);
      expect(stats.body.byChannelAndStatus).toContainEqual(
        expect.objectContaining({ channel: 'inbox', status: 'delivered' }),
      );
      expect(stats.body.byChannelAndStatus).toContainEqual(
        expect.objectContaining({ channel: 'sms', status: 'permanently_failed' }),
      );
      expect(stats.body.failuresByReason).toContainEqual(
        expect.objectContaining({ channel: 'sms', reason: 'invalid_number' }),
      );
      expect(forbidden.status).toBe(403);
      expect(malformed.status).toBe(400);
      expect(malformed.body.details?.[0].field).toBe('day');
    });

    it('should show managers what the development sink kept, empty when real providers send', async () => {
      const sink = await system.request<{ items: unknown[] }>('GET', '/api/v1/notifications/sink?limit=5', {
        token: tokens.manager,
      });
      const forbidden = await system.request('GET', '/api/v1/notifications/sink', { token: tokens.officer });

      expect(sink.status).toBe(200);
      expect(sink.body.items).toEqual([]);
      expect(forbidden.status).toBe(403);
    });
  });
});
