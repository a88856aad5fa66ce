import { createMock } from '@golevelup/ts-jest';
import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CommonErrorCode } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { ShipmentsService } from '../shipments/shipments.service';
import { signCallback } from './signature';
import { TrackingErrorCode } from './tracking.errors';
import { TrackingService } from './tracking.service';

const SECRET = 'simulator-secret-0123456789';

async function build(
  webhookSecret: string | null,
): Promise<{ sut: TrackingService; dataSource: DataSource }> {
  const dataSource = createMock<DataSource>();
  const module = await Test.createTestingModule({
    providers: [
      TrackingService,
      { provide: getDataSourceToken(), useValue: dataSource },
      { provide: ShipmentsService, useValue: createMock<ShipmentsService>() },
      { provide: ConfigService, useValue: { get: () => ({ webhookSecret }) } },
    ],
  }).compile();
  return { sut: module.get(TrackingService), dataSource };
}

const signed = (body: string) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { timestamp, signature: signCallback(SECRET, timestamp, body), body };
};

describe(TrackingService.name, () => {
  describe('recordWebhook', () => {
    it('should refuse every callback when no secret is configured', async () => {
      const { sut } = await build(null);

      const result = sut.recordWebhook(signed('{"events":[]}'));

      await expect(result).rejects.toMatchObject({ code: TrackingErrorCode.NotConfigured });
    });

    it('should refuse a signed body that is not JSON without touching the database', async () => {
      const { sut, dataSource } = await build(SECRET);

      const result = sut.recordWebhook(signed('not json'));

      await expect(result).rejects.toMatchObject({ code: TrackingErrorCode.Malformed });
      expect(dataSource.transaction).not.toHaveBeenCalled();
    });

    it('should name the invalid fields of a signed batch without touching the database', async () => {
      const { sut, dataSource } = await build(SECRET);

      const result = sut.recordWebhook(
        signed(JSON.stringify({ events: [{ eventId: 'e1', status: 'lost' }] })),
      );

      await expect(result).rejects.toMatchObject({
        code: CommonErrorCode.ValidationFailed,
        details: expect.arrayContaining([
          expect.objectContaining({ field: 'events.0.trackingNumber' }),
          expect.objectContaining({ field: 'events.0.status' }),
        ]),
      });
      expect(dataSource.transaction).not.toHaveBeenCalled();
    });
  });
});
