import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from '@motcua/contracts';
import { createEnvelope, deadLetterQueue, EVENTS_EXCHANGE } from '@motcua/messaging';
import { dossierReceivedV1 } from '@motcua/contracts/test';
import {
  ReceptionBody,
  TestSystem,
  closeAllConnections,
  receptionFor,
  terminateConnections,
  waitFor,
} from '@motcua/testing';
import { expectEachHandledOnce, receiveMany } from './support/dossier-flow';
import { connect } from 'amqplib';
import { spawn } from 'node:child_process';
import { v7 as uuidv7 } from 'uuid';

describe('Resilience: nothing accepted is lost or applied twice', () => {
  let system: TestSystem;
  let reception: string;
  let template: ReceptionBody;

  beforeAll(async () => {
    system = await TestSystem.start('resilience');
    reception = await system.login('reception');
    template = await receptionFor(system, reception, '2.000488');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('should recover from dropped RabbitMQ connections and terminated PostgreSQL connections mid-stream', async () => {
    const faults: Promise<unknown>[] = [];

    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 150,
      concurrency: 10,
      during: async (i) => {
        if (i === 40) faults.push(closeAllConnections(system.vhost));
        if (i === 90) faults.push(terminateConnections(system.database));
      },
    });
    await Promise.all(faults);

    expect(dossiers).toHaveLength(150);
    await expectEachHandledOnce(system, dossiers);
  }, 180_000);

  it('should drain and stop on SIGTERM while dossiers flow, and lose nothing when the service comes back', async () => {
    let stopped: Promise<number | string> | undefined;

    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 80,
      concurrency: 8,
      during: async (i) => {
        if (i === 20) stopped = system.stopService('routing', 'SIGTERM');
      },
    });
    const exitCode = await stopped;
    await system.startService('routing');

    expect(exitCode).toBe(0);
    await expectEachHandledOnce(system, dossiers);
  }, 180_000);

  describe('dead letters', () => {
    it('should list an invalid event in the dead-letter queue with its reason', async () => {
      const envelope = createEnvelope(DOSSIER_RECEIVED_V1, { dossierId: uuidv7() } as DossierReceivedV1, {
        producer: 'intake',
      });
      const connection = await connect(system.brokerUrl);
      const channel = await connection.createConfirmChannel();
      channel.publish(EVENTS_EXCHANGE, DOSSIER_RECEIVED_V1, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        type: DOSSIER_RECEIVED_V1,
      });
      await channel.waitForConfirms();
      await connection.close();

      const listed = await waitFor(
        async () => {
          const { stdout } = await system.runTool('dead-letters', ['list', 'routing']);
          return stdout.includes(envelope.id) ? stdout : null;
        },
        { description: 'the dead letter in the list', intervalMs: 300 },
      );

      const letter = JSON.parse(listed.split('\n').find((line) => line.includes(envelope.id)) ?? '{}');
      expect(letter).toMatchObject({ id: envelope.id, type: DOSSIER_RECEIVED_V1, reason: 'invalid' });
      expect(letter.detail).toContain('"field":"code"');
    });

    it('should replay one dead letter by id into the service, which then applies it', async () => {
      const dossierId = uuidv7();
      const envelope = createEnvelope(
        DOSSIER_RECEIVED_V1,
        dossierReceivedV1({
          dossierId,
          code: '000.00.20.H41-261127-9001',
          receivedAt: new Date().toISOString(),
        }),
        { producer: 'intake' },
      );
      // As if routing had given it up after its delivery limit.
      const connection = await connect(system.brokerUrl);
      const channel = await connection.createConfirmChannel();
      channel.sendToQueue(deadLetterQueue('routing'), Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        type: DOSSIER_RECEIVED_V1,
      });
      await channel.waitForConfirms();
      await connection.close();

      const { stdout } = await system.runTool('dead-letters', ['replay', 'routing', envelope.id]);

      expect(stdout).toContain(envelope.id);
      const db = await system.db();
      try {
        await waitFor(async () => {
          const { rows } = await db.query('SELECT 1 FROM routing.assignments WHERE dossier_id = $1', [
            dossierId,
          ]);
          return rows.length === 1;
        });
      } finally {
        await db.end();
      }
    });
  });

  describe('boot', () => {
    it('should refuse to start and list every bad variable when the environment is invalid', async () => {
      const child = spawn(process.execPath, ['dist/apps/intake/src/main.js'], {
        env: { PATH: process.env.PATH, MOTCUA_DB_PORT: 'abc', MOTCUA_AMQP_URL: 'not-a-url' },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));

      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

      expect(code).toBe(1);
      expect(output).toContain('MOTCUA_DB_PORT');
      expect(output).toContain('MOTCUA_AMQP_URL');
      expect(output).toContain('MOTCUA_DB_PASSWORD');
    });

    it('should make the supervisor stop everything and exit non-zero when a service cannot boot', async () => {
      const ports = Object.fromEntries(
        ['GATEWAY', 'INTAKE', 'ROUTING', 'FEES', 'COURIER', 'NOTIFICATIONS'].map((name, i) => [
          `MOTCUA_${name}_PORT`,
          String(system.ports.gateway + 100 + i),
        ]),
      );
      const child = spawn(process.execPath, ['dist/scripts/start.js'], {
        env: { ...process.env, ...system.env, ...ports, MOTCUA_JWT_SECRET: 'too-short' },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));

      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

      expect(code).not.toBe(0);
      expect(output).toContain('MOTCUA_JWT_SECRET');
    }, 60_000);
  });
});
