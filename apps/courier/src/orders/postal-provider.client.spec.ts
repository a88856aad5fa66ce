import { ConfigService } from '@nestjs/config';
import { ShipmentKind } from '@motcua/contracts';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig, ProviderConfig } from '../config';
import { OrderErrorCode } from './orders.errors';
import { PostalProviderClient, ProviderOrder } from './postal-provider.client';

const ORDER: ProviderOrder = {
  reference: '01a21f10-0000-7000-8000-000000000001',
  service: 'BCCI',
  sender: { name: 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An', unitCode: '000.00.01.H41' },
  recipient: { name: 'Sở Tư pháp tỉnh Nghệ An', unitCode: '000.00.20.H41', phone: '02383844123' },
  package: { kind: ShipmentKind.DossierToUnit, dossierCodes: ['000.00.20.H41-261128-0001'] },
};

describe(PostalProviderClient.name, () => {
  let server: Server;
  let answer: { status: number; body: string };
  let received: { headers: IncomingHttpHeaders; url?: string; body: string }[];

  const clientFor = (provider: Partial<ProviderConfig>) =>
    new PostalProviderClient({
      get: () => ({
        provider: {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          apiKey: null,
          service: 'BCCI',
          backoffMs: 100,
          attempts: 3,
          ...provider,
        },
      }),
    } as unknown as ConfigService<AppConfig, true>);

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, url: request.url, body: Buffer.concat(chunks).toString() });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  beforeEach(() => {
    received = [];
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  describe('placeOrder', () => {
    it("should post the order with the shipment id as idempotency key and answer the provider's number", async () => {
      answer = { status: 201, body: JSON.stringify({ trackingNumber: 'EE000000014VN' }) };
      const sut = clientFor({ apiKey: 'provider-key' });

      const trackingNumber = await sut.placeOrder(ORDER);

      expect(trackingNumber).toBe('EE000000014VN');
      expect(received).toHaveLength(1);
      expect(received[0].url).toBe('/orders');
      expect(received[0].headers).toMatchObject({
        'idempotency-key': ORDER.reference,
        authorization: 'Bearer provider-key',
      });
      expect(JSON.parse(received[0].body)).toEqual(ORDER);
    });

    it('should send no authorization when no key is configured', async () => {
      answer = { status: 200, body: JSON.stringify({ trackingNumber: 'EE000000014VN' }) };
      const sut = clientFor({});

      await sut.placeOrder(ORDER);

      expect(received[0].headers.authorization).toBeUndefined();
    });

    it('should fail as unavailable when the provider refuses the order', async () => {
      answer = { status: 503, body: '' };
      const sut = clientFor({});

      await expect(sut.placeOrder(ORDER)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderUnavailable,
      });
    });

    it('should fail as unavailable when the provider cannot be reached', async () => {
      const sut = clientFor({ url: 'http://127.0.0.1:1' });

      await expect(sut.placeOrder(ORDER)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderUnavailable,
      });
    });

    it.each([
      ['no number', '{}'],
      ['a number with a wrong check digit', JSON.stringify({ trackingNumber: 'EE000000015VN' })],
      ['no JSON', 'ok'],
    ])('should fail when the provider answers %s', async (_case, body) => {
      answer = { status: 201, body };
      const sut = clientFor({});

      await expect(sut.placeOrder(ORDER)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderAnswerInvalid,
      });
    });
  });
  describe('cancelOrder', () => {
    it('should post the cancellation of the reference with its idempotency key and the api key', async () => {
      answer = { status: 200, body: '{"cancelled":true}' };
      const sut = clientFor({ apiKey: 'provider-key' });

      await sut.cancelOrder(ORDER.reference);

      expect(received).toHaveLength(1);
      expect(received[0].url).toBe(`/orders/${ORDER.reference}/cancel`);
      expect(received[0].headers).toMatchObject({
        'idempotency-key': ORDER.reference,
        authorization: 'Bearer provider-key',
      });
    });

    it('should take an order the provider never had (404) as nothing left to cancel', async () => {
      answer = { status: 404, body: '' };
      const sut = clientFor({});

      await expect(sut.cancelOrder(ORDER.reference)).resolves.toBeUndefined();
    });

    it('should fail as unavailable when the provider refuses the cancellation', async () => {
      answer = { status: 503, body: '' };
      const sut = clientFor({});

      await expect(sut.cancelOrder(ORDER.reference)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderUnavailable,
      });
    });

    it('should fail as unavailable when the provider cannot be reached', async () => {
      const sut = clientFor({ url: 'http://127.0.0.1:1' });

      await expect(sut.cancelOrder(ORDER.reference)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderUnavailable,
      });
    });
  });
});
