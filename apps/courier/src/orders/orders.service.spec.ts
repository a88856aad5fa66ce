import { createMock } from '@golevelup/ts-jest';
import { ConfigService } from '@nestjs/config';
import { ShipmentKind, ShipmentStatus } from '@motcua/contracts';
import { DataSource, Repository } from 'typeorm';
import type { AppConfig } from '../config';
import { ProviderOrderState, Shipment } from '../shipments/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { OrderError, OrderErrorCode } from './orders.errors';
import { OrdersService } from './orders.service';
import { PostalProviderClient } from './postal-provider.client';

const SHIPMENT_ID = '01a21f10-0000-7000-8000-000000000001';

describe(OrdersService.name, () => {
  function build(shipment: Partial<Shipment>) {
    const repository = createMock<Repository<object>>();
    repository.findOneBy.mockResolvedValue({
      id: SHIPMENT_ID,
      kind: ShipmentKind.ResultToCitizen,
      originUnitCode: '000.00.01.H41',
      destinationUnitCode: null,
      recipientName: 'Nguyễn Văn An',
      recipientPhone: null,
      recipientAddress: 'Số 5 Lê Hồng Phong, Vinh',
      ...shipment,
    });
    repository.find.mockResolvedValue([]);
    const dataSource = createMock<DataSource>();
    dataSource.getRepository.mockReturnValue(repository as never);
    const shipments = createMock<ShipmentsService>();
    const provider = createMock<PostalProviderClient>();
    const config = createMock<ConfigService<AppConfig, true>>();
    config.get.mockReturnValue({ provider: { service: 'BCCI' } });
    const sut = new OrdersService(dataSource, shipments, provider, config);
    return { sut, shipments, provider };
  }

  describe('placeOrder', () => {
    const refused = new OrderError(OrderErrorCode.ProviderUnavailable, 'the provider answered 503');

    it('should record the number the provider gives', async () => {
      const { sut, shipments, provider } = build({ status: ShipmentStatus.AwaitingOrder });
      provider.placeOrder.mockResolvedValue('EE000000014VN');

      await sut.placeOrder(SHIPMENT_ID, { attempt: 1, isLastAttempt: false });

      expect(shipments.recordOrder).toHaveBeenCalledWith(SHIPMENT_ID, 'EE000000014VN');
    });

    it('should throw for a retry and tell nobody when an attempt before the last fails', async () => {
      const { sut, shipments, provider } = build({ status: ShipmentStatus.AwaitingOrder });
      provider.placeOrder.mockRejectedValue(refused);

      await expect(sut.placeOrder(SHIPMENT_ID, { attempt: 2, isLastAttempt: false })).rejects.toBe(refused);

      expect(shipments.recordOrderStalled).not.toHaveBeenCalled();
    });

    it("should record the stalled order with the calls made and the failure's code when the last attempt fails", async () => {
      const { sut, shipments, provider } = build({ status: ShipmentStatus.AwaitingOrder });
      provider.placeOrder.mockRejectedValue(refused);

      await expect(sut.placeOrder(SHIPMENT_ID, { attempt: 10, isLastAttempt: true })).rejects.toBe(refused);

      expect(shipments.recordOrderStalled).toHaveBeenCalledWith(
        SHIPMENT_ID,
        10,
        OrderErrorCode.ProviderUnavailable,
      );
    });

    it('should record the stalled order under a code of its own when the failure is no courier error', async () => {
      const { sut, shipments, provider } = build({ status: ShipmentStatus.AwaitingOrder });
      provider.placeOrder.mockRejectedValue(new Error('connection terminated'));

      await expect(sut.placeOrder(SHIPMENT_ID, { attempt: 3, isLastAttempt: true })).rejects.toThrow();

      expect(shipments.recordOrderStalled).toHaveBeenCalledWith(SHIPMENT_ID, 3, 'COURIER_ORDER_FAILED');
    });

    it('should order nothing for a shipment that no longer awaits its order', async () => {
      const { sut, provider } = build({ status: ShipmentStatus.Cancelled });

      await sut.placeOrder(SHIPMENT_ID, { attempt: 1, isLastAttempt: true });

      expect(provider.placeOrder).not.toHaveBeenCalled();
    });
  });

  describe('cancelOrder', () => {
    it('should cancel the order with the provider and record it', async () => {
      const { sut, shipments, provider } = build({
        status: ShipmentStatus.Cancelled,
        orderState: ProviderOrderState.CancelPending,
      });

      await sut.cancelOrder(SHIPMENT_ID);

      expect(provider.cancelOrder).toHaveBeenCalledWith(SHIPMENT_ID);
      expect(shipments.recordOrderCancelled).toHaveBeenCalledWith(SHIPMENT_ID);
    });

    it.each([ProviderOrderState.Cancelled, ProviderOrderState.Placed, null])(
      'should call the provider for nothing when the order is %s',
      async (orderState) => {
        const { sut, shipments, provider } = build({ status: ShipmentStatus.Cancelled, orderState });

        await sut.cancelOrder(SHIPMENT_ID);

        expect(provider.cancelOrder).not.toHaveBeenCalled();
        expect(shipments.recordOrderCancelled).not.toHaveBeenCalled();
      },
    );

    it('should throw for a retry, recording nothing, when the provider refuses', async () => {
      const { sut, shipments, provider } = build({
        status: ShipmentStatus.Cancelled,
        orderState: ProviderOrderState.CancelPending,
      });
      provider.cancelOrder.mockRejectedValue(new OrderError(OrderErrorCode.ProviderUnavailable, '503'));

      await expect(sut.cancelOrder(SHIPMENT_ID)).rejects.toMatchObject({
        code: OrderErrorCode.ProviderUnavailable,
      });

      expect(shipments.recordOrderCancelled).not.toHaveBeenCalled();
    });
  });
});
