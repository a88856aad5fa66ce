import { createMock } from '@golevelup/ts-jest';
import { ReceiptIssuer } from '@motcua/contracts';
import { DataSource, Repository } from 'typeorm';
import { EReceiptProviderClient } from './e-receipt-provider.client';
import { ProviderNumberingService } from './provider-numbering.service';
import { ReceiptCorrection } from './receipt-correction.entity';
import { Receipt } from './receipt.entity';
import { ReceiptsService } from './receipts.service';

describe(ProviderNumberingService.name, () => {
  describe('cancelAtProvider', () => {
    const correction = { id: 'c1', receiptId: 'r1', reason: 'Sai tên người nộp', providerCancelledAt: null };

    function build(issuer: ReceiptIssuer) {
      const corrections = createMock<Repository<ReceiptCorrection>>();
      corrections.findOneBy.mockResolvedValue(correction as ReceiptCorrection);
      const dataSource = createMock<DataSource>();
      dataSource.getRepository.mockReturnValue(corrections as never);
      const provider = createMock<EReceiptProviderClient>();
      const receipts = createMock<ReceiptsService>();
      receipts.getReceipt.mockResolvedValue({ id: 'r1', issuer } as Receipt);
      const sut = new ProviderNumberingService(dataSource, createMock(), provider, receipts);
      return { sut, provider, corrections };
    }

    it("should void a provider's receipt at the provider and record that it did", async () => {
      const { sut, provider, corrections } = build(ReceiptIssuer.Provider);

      await sut.cancelAtProvider('c1');

      expect(provider.cancel).toHaveBeenCalledWith('r1', 'Sai tên người nộp');
      expect(corrections.update).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), {
        providerCancelledAt: expect.any(Date),
      });
    });

    it('should leave the provider alone for a receipt we numbered ourselves', async () => {
      const { sut, provider } = build(ReceiptIssuer.Internal);

      await sut.cancelAtProvider('c1');

      expect(provider.cancel).not.toHaveBeenCalled();
    });
  });
});
