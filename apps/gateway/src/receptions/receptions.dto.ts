import { OmitType } from '@nestjs/swagger';
import { inheritLabels, RecordIncompleteReceptionV1, RefuseReceptionV1 } from '@motcua/contracts';
import { derivedContractSchema } from '../http/contract-schemas';

const FILLED_BY_GATEWAY = ['actor', 'idempotencyKey'] as const;

export class RecordIncompleteBody extends OmitType(RecordIncompleteReceptionV1, FILLED_BY_GATEWAY) {}
inheritLabels(RecordIncompleteBody, RecordIncompleteReceptionV1);

export class RefuseBody extends OmitType(RefuseReceptionV1, FILLED_BY_GATEWAY) {}
inheritLabels(RefuseBody, RefuseReceptionV1);

export const RECORD_INCOMPLETE_BODY_SCHEMA = derivedContractSchema(
  'RecordIncompleteBody',
  'RecordIncompleteReceptionV1',
  FILLED_BY_GATEWAY,
);
export const REFUSE_BODY_SCHEMA = derivedContractSchema('RefuseBody', 'RefuseReceptionV1', FILLED_BY_GATEWAY);
