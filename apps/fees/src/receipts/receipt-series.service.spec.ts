import { createMock } from '@golevelup/ts-jest';
import { ReceiptIssuer } from '@motcua/contracts';
import { FEES_ADMIN } from '@motcua/contracts/test';
import { IdempotencyService } from '@motcua/messaging';
import { EReceiptProviderClient } from './e-receipt-provider.client';
import { ReceiptSeriesService } from './receipt-series.service';

describe(ReceiptSeriesService.name, () => {
  describe('createSeries', () => {
    it('should refuse a provider series when no e-receipt provider is configured, naming issuer', async () => {
      const idempotency = createMock<IdempotencyService>();
      const sut = new ReceiptSeriesService(
        createMock(),
        idempotency,
        createMock(),
        createMock<EReceiptProviderClient>({ isConfigured: false }),
      );

      const attempt = sut.createSeries({
        unitCode: '000.00.20.H41',
        templateSymbol: '01BLP0-001',
        seriesSymbol: 'TP-26E',
        year: 2026,
        issuer: ReceiptIssuer.Provider,
        actor: FEES_ADMIN,
      });

      await expect(attempt).rejects.toMatchObject({
        code: 'RECEIPT_PROVIDER_NOT_CONFIGURED',
        details: [expect.objectContaining({ field: 'issuer' })],
      });
      expect(idempotency.run).not.toHaveBeenCalled();
    });
  });
});
