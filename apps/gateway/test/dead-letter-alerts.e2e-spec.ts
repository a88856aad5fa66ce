import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from '@motcua/contracts';
import { dossierReceivedV1 } from '@motcua/contracts/test';
import { DELIVERY_LIMIT, Envelope, createEnvelope, eventsQueue } from '@motcua/messaging';
import { TestSystem, waitFor } from '@motcua/testing';
import { connect } from 'amqplib';
import { v7 as uuidv7 } from 'uuid';
import { SmtpInbox } from './support/smtp-inbox';

interface InboxBody {
  items: { id: string; title: string; body: string; eventType: string }[];
}

const ALERT_TYPE = 'notifications.dead-letter.alert';
const ADMIN_EMAIL = 'van-hanh@motcua.test';
const WINDOW_MS = 4000;

describe('Dead-letter alerts: administrators hear of every dead letter once, storms as one digest', () => {
  let system: TestSystem;
  let smtp: SmtpInbox;
  let admin: string;

  beforeAll(async () => {
    smtp = await SmtpInbox.start();
    system = await TestSystem.start('dead-letter-alerts', {
      env: {
        MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS: String(WINDOW_MS),
        MOTCUA_DEAD_LETTER_ALERT_EMAILS: ADMIN_EMAIL,
        MOTCUA_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MOTCUA_DELIVERY_POLL_MS: '100',
      },
    });
    admin = await system.login('admin');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
  });

  /** An envelope routing's contract refuses: the reception payload without its code and applicant. */
  const invalidReception = () =>
    createEnvelope(DOSSIER_RECEIVED_V1, { dossierId: uuidv7() } as DossierReceivedV1, { producer: 'intake' });

  async function sendToQueue(queue: string, envelopes: Envelope[]): Promise<void> {
    const connection = await connect(system.brokerUrl);
    try {
      const channel = await connection.createConfirmChannel();
      for (const envelope of envelopes) {
        channel.sendToQueue(queue, Buffer.from(JSON.stringify(envelope)), {
          persistent: true,
          messageId: envelope.id,
          type: envelope.type,
        });
      }
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
  }

  async function alerts(): Promise<InboxBody['items']> {
    const inbox = await system.request<InboxBody>('GET', '/api/v1/inbox?limit=200', { token: admin });
    return inbox.body.items.filter((item) => item.eventType === ALERT_TYPE);
  }

  async function letterRows(service: string): Promise<{ copies: number; alerted: boolean }[]> {
    const db = await system.db();
    try {
      const { rows } = await db.query<{ copies: number; alerted: boolean }>(
        `SELECT copies, alert_id IS NOT NULL AS alerted FROM notifications.dead_letters WHERE service = $1`,
        [service],
      );
      return rows;
    } finally {
      await db.end();
    }
  }

  it("should put one alert naming the service and the reason in the admin's inbox and mailbox, however often the letter comes", async () => {
    const envelope = invalidReception();

    await sendToQueue(eventsQueue('routing'), [envelope, envelope]);

    await waitFor(async () => (await letterRows('routing')).some((row) => row.copies === 2), {
      description: 'both dead copies recorded',
    });
    const mine = (await alerts()).filter((item) => item.body.includes(envelope.id));
    expect(mine).toHaveLength(1);
    expect(mine[0].title).toBe(`Thư chết tại routing: ${DOSSIER_RECEIVED_V1}`);
    expect(mine[0].body).toContain('Lý do: invalid');
    expect(mine[0].body).toContain('"field":"code"');
    expect(mine[0].body).toContain(`npm run dead-letters -- replay routing ${envelope.id}`);
    const mail = await waitFor(() => smtp.to(ADMIN_EMAIL).find((m) => m.text.includes(envelope.id)), {
      description: 'the alert by e-mail',
    });
    expect(mail.subject).toBe(mine[0].title);
    const { stdout } = await system.runTool('dead-letters', ['list', 'routing']);
    expect(stdout.split('\n').filter((line) => line.includes(envelope.id))).toHaveLength(2);
  });

  it('should alert when a poison message exhausts the delivery limit', async () => {
    const envelope = createEnvelope(DOSSIER_RECEIVED_V1, dossierReceivedV1({ dossierId: uuidv7() }), {
      producer: 'intake',
    });
    // Courier is stopped and this test plays a courier whose handler fails on every delivery.
    await system.stopService('courier');
    const connection = await connect(system.brokerUrl);
    try {
      const channel = await connection.createChannel();
      await channel.prefetch(1);
      let deliveries = 0;
      await channel.consume(eventsQueue('courier'), (message) => {
        if (!message) return;
        if (message.properties.messageId === envelope.id) deliveries += 1;
        channel.nack(message, false, true);
      });
      await sendToQueue(eventsQueue('courier'), [envelope]);
      await waitFor(() => deliveries > DELIVERY_LIMIT, { description: 'the delivery limit spent' });
    } finally {
      await connection.close();
      await system.startService('courier');
    }

    const alert = await waitFor(
      async () => (await alerts()).find((item) => item.body.includes(envelope.id)),
      { description: 'the alert of the poison message' },
    );
    expect(alert.title).toBe(`Thư chết tại courier: ${DOSSIER_RECEIVED_V1}`);
    expect(alert.body).toContain('Lý do: delivery_limit');
    expect(alert.body).toContain(`npm run dead-letters -- replay courier ${envelope.id}`);
  });

  it('should turn a storm of dead letters into the first alert and one digest per window', async () => {
    const storm = Array.from({ length: 25 }, invalidReception);

    await sendToQueue(eventsQueue('fees'), storm);

    await waitFor(
      async () => {
        const rows = await letterRows('fees');
        return rows.length === storm.length && rows.every((row) => row.alerted);
      },
      { timeoutMs: 30_000, description: 'every letter of the storm in an alert' },
    );
    const feesAlerts = (await alerts()).filter((item) => / tại fees/.test(item.title));
    // The first letter alerts at once; the rest arrive within a window or two and make one digest each.
    expect(feesAlerts.length).toBeGreaterThanOrEqual(2);
    expect(feesAlerts.length).toBeLessThanOrEqual(3);
    const digest = feesAlerts.find((item) => /^\d+ thư chết tại fees$/.test(item.title));
    expect(digest?.body).toContain('npm run dead-letters -- list fees');
    const covered = feesAlerts
      .map((item) => Number(/^(\d+) thư chết/.exec(item.title)?.[1] ?? 1))
      .reduce((a, b) => a + b, 0);
    expect(covered).toBe(storm.length);
  });
});
