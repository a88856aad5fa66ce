import { ConfigService } from '@nestjs/config';
import { createMock } from '@golevelup/ts-jest';
import { SimulatorPaymentProvider, signCallback } from './payment-provider';

const SECRET = 'test-only-payment-hmac-secret-0123456789';

const CALLBACK = {
  reference: '01a21f10-0000-7000-8000-000000000004',
  transactionId: 'SIM-000123',
  amountDong: 200_000,
  status: 'success' as const,
  paidAt: '2026-11-28T02:00:00.000Z',
};

function providerWith(secret: string | null): SimulatorPaymentProvider {
  const config = createMock<ConfigService>();
  config.get.mockReturnValue(secret ? { hmacSecret: secret } : null);
  return new SimulatorPaymentProvider(config);
}

describe(SimulatorPaymentProvider.name, () => {
  describe('isAuthentic', () => {
    it('should accept a callback signed with the shared secret', () => {
      const sut = providerWith(SECRET);

      expect(sut.isAuthentic({ ...CALLBACK, signature: signCallback(CALLBACK, SECRET) })).toBe(true);
    });

    it('should refuse a callback whose amount was changed after signing', () => {
      const sut = providerWith(SECRET);
      const signature = signCallback(CALLBACK, SECRET);

      expect(sut.isAuthentic({ ...CALLBACK, amountDong: 2_000, signature })).toBe(false);
    });

    it('should refuse every callback when no secret is configured', () => {
      const sut = providerWith(null);

      expect(sut.isAuthentic({ ...CALLBACK, signature: signCallback(CALLBACK, SECRET) })).toBe(false);
      expect(sut.isConfigured).toBe(false);
    });
  });

  describe('payUrl', () => {
    it('should carry the reference and the amount', () => {
      expect(providerWith(SECRET).payUrl('abc', 150_000)).toContain('reference=abc&amount=150000');
    });
  });
});
