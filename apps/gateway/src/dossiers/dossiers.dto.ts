import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import {
  AssignmentV1,
  DossierV1,
  inheritLabels,
  AssessmentV1,
  MessageV1,
  ReceiveDossierV2,
  ShipmentV1,
  WithdrawDossierV1,
} from '@motcua/contracts';
import { contractSchema, derivedContractSchema } from '../http/contract-schemas';

/** What a clerk sends: the reception command without the actor (the token says who) and the key (a header). */
export class ReceiveDossierBody extends OmitType(ReceiveDossierV2, ['actor', 'idempotencyKey'] as const) {}
inheritLabels(ReceiveDossierBody, ReceiveDossierV2);

export const RECEIVE_DOSSIER_BODY_SCHEMA = derivedContractSchema('ReceiveDossierBody', 'ReceiveDossierV2', [
  'actor',
  'idempotencyKey',
]);

export class RoutingDto {
  @ApiProperty({ type: 'array', items: contractSchema('AssignmentV1'), description: 'Oldest first' })
  assignments: AssignmentV1[];
}

/** The combined view: each part from the service that owns it, asked in parallel. */
export class DossierViewDto {
  @ApiProperty({ allOf: [contractSchema('DossierV1')] })
  dossier: DossierV1;

  @ApiProperty({ type: RoutingDto, nullable: true, description: 'null when routing did not answer' })
  routing: RoutingDto | null;

  @ApiProperty({
    type: 'array',
    items: contractSchema('MessageV1'),
    nullable: true,
    description: 'null when notifications did not answer',
  })
  messages: MessageV1[] | null;

  @ApiProperty({
    allOf: [contractSchema('AssessmentV1')],
    nullable: true,
    description: 'null when fees has not assessed the dossier yet or did not answer',
  })
  fees: AssessmentV1 | null;

  @ApiProperty({
    type: 'array',
    items: contractSchema('ShipmentV1'),
    nullable: true,
    description:
      'Postal shipments carrying the dossier or its result, with seals and tracking; null when courier did not answer',
  })
  shipments: ShipmentV1[] | null;

  @ApiProperty({ type: [String], example: [], description: 'Services that did not answer in time' })
  unavailable: string[];
}

/** The applicant's reason; the dossier is in the path. */
export class WithdrawDossierBody extends PickType(WithdrawDossierV1, ['reason'] as const) {}
inheritLabels(WithdrawDossierBody, WithdrawDossierV1);

export const WITHDRAW_DOSSIER_BODY_SCHEMA = derivedContractSchema(
  'WithdrawDossierBody',
  'WithdrawDossierV1',
  ['actor', 'idempotencyKey', 'dossierId'],
);
