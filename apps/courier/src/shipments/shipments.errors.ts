import { AppError, ErrorKind } from '@motcua/contracts';

export enum ShipmentErrorCode {
  NotFound = 'COURIER_SHIPMENT_NOT_FOUND',
  TrackingNumberInvalid = 'COURIER_TRACKING_NUMBER_INVALID',
  TrackingNumberTaken = 'COURIER_TRACKING_NUMBER_TAKEN',
  IncompleteShipment = 'COURIER_SHIPMENT_INCOMPLETE',
}

const KINDS: Record<ShipmentErrorCode, ErrorKind> = {
  [ShipmentErrorCode.NotFound]: ErrorKind.NotFound,
  [ShipmentErrorCode.TrackingNumberInvalid]: ErrorKind.Invalid,
  [ShipmentErrorCode.TrackingNumberTaken]: ErrorKind.Conflict,
  [ShipmentErrorCode.IncompleteShipment]: ErrorKind.Invalid,
};

export class ShipmentError extends AppError {
  constructor(code: ShipmentErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
