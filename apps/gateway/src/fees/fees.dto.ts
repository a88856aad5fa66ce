import { OmitType, PickType } from '@nestjs/swagger';
import {
  CancelReceiptSeriesV1,
  CreateReceiptSeriesV1,
  RecordPaymentV1,
  RegisterPaperReceiptV1,
  WaiveFeeV1,
  inheritLabels,
} from '@motcua/contracts';
import { derivedContractSchema } from '../http/contract-schemas';

const FILLED_BY_GATEWAY = ['actor', 'idempotencyKey', 'dossierId'] as const;

/** A counter payment as the cashier sends it: the dossier is in the path, the key in a header. */
export class RecordPaymentBody extends OmitType(RecordPaymentV1, FILLED_BY_GATEWAY) {}

export const RECORD_PAYMENT_BODY_SCHEMA = derivedContractSchema(
  'RecordPaymentBody',
  'RecordPaymentV1',
  FILLED_BY_GATEWAY,
);

export class WaiveFeeBody extends PickType(WaiveFeeV1, ['reason'] as const) {}

export const WAIVE_FEE_BODY_SCHEMA = derivedContractSchema('WaiveFeeBody', 'WaiveFeeV1', FILLED_BY_GATEWAY);

export class CreateReceiptSeriesBody extends OmitType(CreateReceiptSeriesV1, [
  'actor',
  'idempotencyKey',
] as const) {}

export const CREATE_RECEIPT_SERIES_BODY_SCHEMA = derivedContractSchema(
  'CreateReceiptSeriesBody',
  'CreateReceiptSeriesV1',
  ['actor', 'idempotencyKey'],
);

export class CancelReceiptSeriesBody extends PickType(CancelReceiptSeriesV1, ['reason'] as const) {}

export const CANCEL_RECEIPT_SERIES_BODY_SCHEMA = derivedContractSchema(
  'CancelReceiptSeriesBody',
  'CancelReceiptSeriesV1',
  ['actor', 'seriesId'],
);

/** A paper receipt as the cashier registers it: the payment is in the path. */
export class RegisterPaperReceiptBody extends OmitType(RegisterPaperReceiptV1, [
  'actor',
  'idempotencyKey',
  'paymentId',
] as const) {}

export const REGISTER_PAPER_RECEIPT_BODY_SCHEMA = derivedContractSchema(
  'RegisterPaperReceiptBody',
  'RegisterPaperReceiptV1',
  ['actor', 'idempotencyKey', 'paymentId'],
);

inheritLabels(RecordPaymentBody, RecordPaymentV1);
inheritLabels(RegisterPaperReceiptBody, RegisterPaperReceiptV1);
inheritLabels(WaiveFeeBody, WaiveFeeV1);
inheritLabels(CreateReceiptSeriesBody, CreateReceiptSeriesV1);
inheritLabels(CancelReceiptSeriesBody, CancelReceiptSeriesV1);
