import { Controller } from '@nestjs/common';
import {
  CREATE_SHIPMENT_V1,
  CreateShipmentV1,
  GET_SHIPMENT_V1,
  GetShipmentV1,
  LIST_SHIPMENTS_V1,
  ListShipmentsV1,
  ShipmentListV1,
  ShipmentV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ShipmentsService } from './shipments.service';

@Controller()
export class ShipmentsRpc {
  constructor(private readonly shipments: ShipmentsService) {}

  @Respond(CREATE_SHIPMENT_V1)
  create(request: CreateShipmentV1): Promise<ShipmentV1> {
    return this.shipments.createByHand(request);
  }

  @Respond(GET_SHIPMENT_V1)
  get(request: GetShipmentV1): Promise<ShipmentV1> {
    return this.shipments.getShipment(request.shipmentId);
  }

  @Respond(LIST_SHIPMENTS_V1)
  list(request: ListShipmentsV1): Promise<ShipmentListV1> {
    return this.shipments.listShipments(request);
  }
}
