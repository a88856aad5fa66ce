import { Controller } from '@nestjs/common';
import {
  HAND_OVER_PICKUP_V1,
  HandOverPickupV1,
  PREPARE_PICKUP_V1,
  PackageV1,
  PickupV1,
  PreparePickupV1,
  RECEIVE_PACKAGE_V1,
  RENDER_HANDOVER_RECORD_V1,
  ReceivePackageV1,
  RenderHandoverRecordV1,
  RenderedDocumentV1,
  SEAL_PACKAGE_V1,
  SealPackageV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { PickupsService } from './pickups.service';

@Controller()
export class PickupsRpc {
  constructor(private readonly pickups: PickupsService) {}

  @Respond(PREPARE_PICKUP_V1)
  prepare(request: PreparePickupV1): Promise<PickupV1> {
    return this.pickups.preparePickup(request);
  }

  @Respond(SEAL_PACKAGE_V1)
  seal(request: SealPackageV1): Promise<PackageV1> {
    return this.pickups.sealPackage(request);
  }

  @Respond(HAND_OVER_PICKUP_V1)
  handOver(request: HandOverPickupV1): Promise<PickupV1> {
    return this.pickups.handOverPickup(request);
  }

  @Respond(RECEIVE_PACKAGE_V1)
  receive(request: ReceivePackageV1): Promise<PackageV1> {
    return this.pickups.receivePackage(request);
  }

  @Respond(RENDER_HANDOVER_RECORD_V1)
  renderRecord(request: RenderHandoverRecordV1): Promise<RenderedDocumentV1> {
    return this.pickups.renderHandoverRecord(request.pickupId);
  }
}
