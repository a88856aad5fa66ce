import { createMock } from '@golevelup/ts-jest';
import { CASHIER } from '@motcua/contracts/test';
import { SimulatorPaymentProvider } from './payment-provider';
import { OnlinePaymentsService } from './online-payments.service';

describe(OnlinePaymentsService.name, () => {
  function build(provider: Partial<SimulatorPaymentProvider>) {
    return new OnlinePaymentsService(
      createMock(),
      createMock(),
      createMock(),
      createMock(),
      createMock<SimulatorPaymentProvider>(provider),
    );
  }

  describe('requestPayment', () => {
    it('should refuse when online payment is not configured', async () => {
      const sut = build({ isConfigured: false });

      const attempt = sut.requestPayment({
        dossierId: '01a21ebe-e40e-74bb-acf5-1d22dbfdeb39',
        actor: CASHIER,
      });

      await expect(attempt).rejects.toMatchObject({ code: 'PAYMENT_PROVIDER_NOT_CONFIGURED' });
    });
  });

  describe('confirmPayment', () => {
    it('should refuse a callback that is not signed with the shared secret before touching anything', async () => {
      const sut = build({ isAuthentic: () => false });

      const attempt = sut.confirmPayment({
        reference: 'r',
        transactionId: 't',
        amountDong: 1,
        status: 'success',
        paidAt: '2026-11-28T02:00:00.000Z',
        signature: '0'.repeat(64),
      });

      await expect(attempt).rejects.toMatchObject({ code: 'PAYMENT_CALLBACK_SIGNATURE_INVALID' });
    });
  });
});
