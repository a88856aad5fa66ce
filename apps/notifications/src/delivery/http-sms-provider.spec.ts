import { Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { HttpSmsProvider } from './http-sms-provider';

const SMS = {
  messageId: '01a21f10-0000-7000-8000-000000000009',
  recipient: '+84912345678',
  subject: null,
  body: 'Hồ sơ',
};

describe(HttpSmsProvider.name, () => {
  let server: Server;
  let answer: { status: number; body: unknown; delayMs?: number };
  let received: unknown;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        setTimeout(() => {
          response.writeHead(answer.status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(answer.body));
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const sut = () =>
    new HttpSmsProvider('primary', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, 200);

  describe('send', () => {
    it('should post the number, text and reference and report a delivered SMS', async () => {
      answer = { status: 200, body: { id: 'p-1', status: 'delivered' } };

      const accepted = await sut().send(SMS);

      expect(received).toEqual({ to: SMS.recipient, text: SMS.body, reference: SMS.messageId });
      expect(accepted).toEqual({ provider: 'primary', providerMessageId: 'p-1', isDelivered: true });
    });

    it('should report an accepted SMS as awaiting its delivery report', async () => {
      answer = { status: 202, body: { id: 'p-2', status: 'accepted' } };

      await expect(sut().send(SMS)).resolves.toMatchObject({ isDelivered: false });
    });

    it('should fail for good with the provider reason when it refuses the number', async () => {
      answer = { status: 400, body: { error: 'invalid_number' } };

      await expect(sut().send(SMS)).rejects.toEqual(new PermanentDeliveryError('invalid_number'));
    });

    it('should fail for now when the provider is down', async () => {
      answer = { status: 503, body: {} };

      await expect(sut().send(SMS)).rejects.toEqual(new TransientDeliveryError('provider_http_503'));
    });

    it('should fail for now when the provider answers after the timeout', async () => {
      answer = { status: 200, body: { id: 'late', status: 'delivered' }, delayMs: 1000 };

      await expect(sut().send(SMS)).rejects.toEqual(new TransientDeliveryError('provider_timeout'));
    });
  });
});
