import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, ShipmentStatus } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { ShipmentDossier } from '../shipments/shipment-dossier.entity';
import { ProviderOrderState, Shipment } from '../shipments/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { ContactPoint } from '../units/contact-point.entity';
import { CourierUnit } from '../units/courier-unit.entity';
import { OrderParty, PostalProviderClient, ProviderOrder } from './postal-provider.client';

/** Which attempt of its round an order job is making. */
export interface OrderAttempt {
  readonly attempt: number;
  readonly isLastAttempt: boolean;
}

// A failure that is no courier error (a bug, a database outage) still stalls the order.
const UNEXPECTED_FAILURE = 'COURIER_ORDER_FAILED';

/** Orders shipments from the postal provider: its answer is the shipment's tracking number. */
@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);
  private readonly service: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly provider: PostalProviderClient,
    config: ConfigService<AppConfig, true>,
  ) {
    this.service = config.get('courier', { infer: true }).provider?.service ?? '';
  }

  /**
   * Places the order of a shipment awaiting it and records the number; a failure throws (retried). When the
   * last attempt of a round fails, the managers are told the order is stalled.
   */
  async placeOrder(shipmentId: string, attempt: OrderAttempt): Promise<void> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id: shipmentId });
    if (shipment?.status !== ShipmentStatus.AwaitingOrder) {
      this.logger.debug(`shipment ${shipmentId} no longer awaits an order`);
      return;
    }
    try {
      const trackingNumber = await this.provider.placeOrder(await this.orderOf(shipment));
      await this.shipments.recordOrder(shipment.id, trackingNumber);
    } catch (error) {
      if (attempt.isLastAttempt) {
        const code = error instanceof AppError ? error.code : UNEXPECTED_FAILURE;
        await this.shipments.recordOrderStalled(shipment.id, attempt.attempt, code);
      }
      throw error;
    }
  }

  /** Cancels with the provider the order of a withdrawn dossier's shipment; a failure throws (retried). */
  async cancelOrder(shipmentId: string): Promise<void> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id: shipmentId });
    if (shipment?.orderState !== ProviderOrderState.CancelPending) {
      this.logger.debug(`shipment ${shipmentId} has no order to cancel`);
      return;
    }
    await this.provider.cancelOrder(shipment.id);
    await this.shipments.recordOrderCancelled(shipment.id);
  }

  private async orderOf(shipment: Shipment): Promise<ProviderOrder> {
    const dossiers = await this.dataSource
      .getRepository(ShipmentDossier)
      .find({ where: { shipmentId: shipment.id }, order: { dossierCode: 'ASC' } });
    return {
      reference: shipment.id,
      service: this.service,
      sender: await this.unitParty(shipment.originUnitCode ?? this.shipments.centerUnitCode),
      recipient: shipment.destinationUnitCode
        ? await this.unitParty(shipment.destinationUnitCode)
        : {
            name: shipment.recipientName ?? '',
            ...(shipment.recipientPhone ? { phone: shipment.recipientPhone } : {}),
            ...(shipment.recipientAddress ? { address: shipment.recipientAddress } : {}),
          },
      package: { kind: shipment.kind, dossierCodes: dossiers.map((d) => d.dossierCode) },
    };
  }

  // A unit hands over and takes packages through its first contact point.
  private async unitParty(unitCode: string): Promise<OrderParty> {
    const [unit, contact] = await Promise.all([
      this.dataSource.getRepository(CourierUnit).findOneBy({ code: unitCode }),
      this.dataSource
        .getRepository(ContactPoint)
        .findOne({ where: { unitCode }, order: { position: 'ASC' } }),
    ]);
    return {
      name: unit?.name ?? unitCode,
      unitCode,
      ...(contact ? { contactName: contact.fullName, phone: contact.phone } : {}),
    };
  }
}
