import { AppError, ErrorKind } from '@motcua/contracts';

export enum PickupErrorCode {
  UnknownSlot = 'COURIER_UNKNOWN_PICKUP_TIME',
  NothingToPickUp = 'COURIER_NOTHING_TO_PICK_UP',
  PickupNotFound = 'COURIER_PICKUP_NOT_FOUND',
  PackageNotFound = 'COURIER_PACKAGE_NOT_FOUND',
  AlreadyHandedOver = 'COURIER_PICKUP_HANDED_OVER',
  NotHandedOver = 'COURIER_PICKUP_NOT_HANDED_OVER',
  PackageNotSealed = 'COURIER_PACKAGE_NOT_SEALED',
  SealNumberTaken = 'COURIER_SEAL_NUMBER_TAKEN',
  PackageAlreadyReceived = 'COURIER_PACKAGE_ALREADY_RECEIVED',
  PackageToCitizen = 'COURIER_PACKAGE_TO_CITIZEN',
  OtherUnit = 'COURIER_PACKAGE_OF_OTHER_UNIT',
}

const KINDS: Record<PickupErrorCode, ErrorKind> = {
  [PickupErrorCode.UnknownSlot]: ErrorKind.Invalid,
  [PickupErrorCode.NothingToPickUp]: ErrorKind.Conflict,
  [PickupErrorCode.PickupNotFound]: ErrorKind.NotFound,
  [PickupErrorCode.PackageNotFound]: ErrorKind.NotFound,
  [PickupErrorCode.AlreadyHandedOver]: ErrorKind.Conflict,
  [PickupErrorCode.NotHandedOver]: ErrorKind.Conflict,
  [PickupErrorCode.PackageNotSealed]: ErrorKind.Conflict,
  [PickupErrorCode.SealNumberTaken]: ErrorKind.Conflict,
  [PickupErrorCode.PackageAlreadyReceived]: ErrorKind.Conflict,
  [PickupErrorCode.PackageToCitizen]: ErrorKind.Conflict,
  [PickupErrorCode.OtherUnit]: ErrorKind.Forbidden,
};

export class PickupError extends AppError {
  constructor(code: PickupErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
