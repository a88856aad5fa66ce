import { createMock } from '@golevelup/ts-jest';
import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { MessageChannel } from '@motcua/contracts';
import type { DeliveryConfig } from '../config';
import {
  Accepted,
  PermanentDeliveryError,
  RateLimitedError,
  TransientDeliveryError,
} from './delivery-errors';
import { DevSink } from './dev-sink';
import { HttpSmsProvider } from './http-sms-provider';
import { ProviderRateLimiter } from './provider-rate-limiter';
import { SmsSender } from './sms-sender';

const SMS = {
  messageId: '01a21f10-0000-7000-8000-000000000009',
  recipient: '+84912345678',
  subject: null,
  body: 'x',
};

const accepted = (provider: string): Accepted => ({
  provider,
  providerMessageId: `${provider}-1`,
  isDelivered: true,
});

async function build(delivery: Partial<DeliveryConfig>, allowed: (provider: string) => boolean = () => true) {
  const config = {
    smsProviders: [
      { name: 'primary', url: 'http://primary.invalid' },
      { name: 'backup', url: 'http://backup.invalid' },
    ],
    smsTimeoutMs: 1000,
    smsProviderCooldownMs: 60_000,
    ...delivery,
  };
  const limiter = createMock<ProviderRateLimiter>({ tryTake: async (provider: string) => allowed(provider) });
  const sink = createMock<DevSink>({ store: async () => accepted('sink') });
  const module = await Test.createTestingModule({
    providers: [
      SmsSender,
      { provide: ConfigService, useValue: { get: () => config } },
      { provide: ProviderRateLimiter, useValue: limiter },
      { provide: DevSink, useValue: sink },
    ],
  }).compile();
  return { sut: module.get(SmsSender), sink };
}

describe(SmsSender.name, () => {
  let send: jest.SpyInstance;

  beforeEach(() => {
    send = jest.spyOn(HttpSmsProvider.prototype, 'send');
  });

  afterEach(() => send.mockRestore());

  describe('send', () => {
    it('should use the first provider when it answers', async () => {
      const { sut } = await build({});
      send.mockImplementation(async function (this: HttpSmsProvider) {
        return accepted(this.name);
      });

      await expect(sut.send(SMS)).resolves.toMatchObject({ provider: 'primary' });
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('should fail over to the next provider when the first is down or slow', async () => {
      const { sut } = await build({});
      send.mockImplementation(async function (this: HttpSmsProvider) {
        if (this.name === 'primary') throw new TransientDeliveryError('provider_timeout');
        return accepted(this.name);
      });

      await expect(sut.send(SMS)).resolves.toMatchObject({ provider: 'backup' });
    });

    it('should try the backup first while the primary cools down after a failure', async () => {
      const { sut } = await build({});
      const tried: string[] = [];
      send.mockImplementation(async function (this: HttpSmsProvider) {
        tried.push(this.name);
        if (this.name === 'primary') throw new TransientDeliveryError('provider_http_503');
        return accepted(this.name);
      });

      await sut.send(SMS);
      await sut.send(SMS);

      expect(tried).toEqual(['primary', 'backup', 'backup']);
    });

    it('should give the last transient failure when every provider fails', async () => {
      const { sut } = await build({});
      send.mockRejectedValue(new TransientDeliveryError('provider_http_503'));

      await expect(sut.send(SMS)).rejects.toEqual(new TransientDeliveryError('provider_http_503'));
    });

    it('should not try another provider when one refuses the number for good', async () => {
      const { sut } = await build({});
      send.mockRejectedValue(new PermanentDeliveryError('invalid_number'));

      await expect(sut.send(SMS)).rejects.toBeInstanceOf(PermanentDeliveryError);
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('should skip a provider at its rate limit', async () => {
      const { sut } = await build({}, (provider) => provider !== 'primary');
      send.mockImplementation(async function (this: HttpSmsProvider) {
        return accepted(this.name);
      });

      await expect(sut.send(SMS)).resolves.toMatchObject({ provider: 'backup' });
    });

    it('should ask to wait when every provider is at its rate limit', async () => {
      const { sut } = await build({}, () => false);

      await expect(sut.send(SMS)).rejects.toBeInstanceOf(RateLimitedError);
      expect(send).not.toHaveBeenCalled();
    });

    it('should store the SMS in the development sink when no provider is configured', async () => {
      const { sut, sink } = await build({ smsProviders: [] });

      await expect(sut.send(SMS)).resolves.toMatchObject({ provider: 'sink', isDelivered: true });
      expect(sink.store).toHaveBeenCalledWith(MessageChannel.Sms, SMS);
    });
  });
});
