import { Injectable } from '@nestjs/common';
import {
  ActorV1,
  AppError,
  CENTER_WIDE_ROLES,
  ErrorKind,
  GET_ASSESSMENT_V1,
  DossierV1,
  GET_DOSSIER_ROUTING_V1,
  GET_DOSSIER_V1,
  LIST_DOSSIER_MESSAGES_V1,
  LIST_SHIPMENTS_V1,
  RECEIVE_DOSSIER_V2,
  RENDER_DOSSIER_SLIP_V1,
  WITHDRAW_DOSSIER_V1,
  DossierSlipForm,
  PaperFormat,
  RenderedDocumentV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { DossierViewDto, ReceiveDossierBody } from './dossiers.dto';

/** Center-wide staff see every unit's dossiers; officers, unit leads and department systems only their unit's. */
export function canSee(actor: ActorV1, unitCode: string): boolean {
  if (actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role))) return true;
  return actor.unitCode === unitCode;
}

@Injectable()
export class DossiersService {
  constructor(private readonly rpc: RpcClient) {}

  receiveDossier(body: ReceiveDossierBody, actor: ActorV1, idempotencyKey?: string): Promise<DossierV1> {
    return this.rpc.send(RECEIVE_DOSSIER_V2, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  /** Asks intake, routing, notifications, fees and courier at once; a part whose service is silent comes back null. */
  async viewDossier(dossierId: string, actor: ActorV1): Promise<DossierViewDto> {
    const [dossier, routing, messages, fees, shipments] = await Promise.allSettled([
      this.rpc.send(GET_DOSSIER_V1, { dossierId }),
      this.rpc.send(GET_DOSSIER_ROUTING_V1, { dossierId }),
      this.rpc.send(LIST_DOSSIER_MESSAGES_V1, { dossierId }),
      this.rpc.send(GET_ASSESSMENT_V1, { dossierId }),
      this.rpc.send(LIST_SHIPMENTS_V1, { dossierId }),
    ]);
    // Fees answers "not found" until it has assessed the dossier: that is an answer, not silence.
    const isFeesSilent =
      fees.status === 'rejected' &&
      !(fees.reason instanceof AppError && fees.reason.kind === ErrorKind.NotFound);
    if (dossier.status === 'rejected') throw dossier.reason;
    if (!canSee(actor, dossier.value.handlingUnitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return {
      dossier: dossier.value,
      routing: routing.status === 'fulfilled' ? { assignments: routing.value.assignments } : null,
      messages: messages.status === 'fulfilled' ? messages.value.items : null,
      fees: fees.status === 'fulfilled' ? fees.value : null,
      shipments: shipments.status === 'fulfilled' ? shipments.value.items : null,
      unavailable: [
        ...(routing.status === 'rejected' ? ['routing'] : []),
        ...(messages.status === 'rejected' ? ['notifications'] : []),
        ...(isFeesSilent ? ['fees'] : []),
        ...(shipments.status === 'rejected' ? ['courier'] : []),
      ],
    };
  }

  /** A dossier's slip as a PDF, for those who may see the dossier. */
  async renderSlip(
    dossierId: string,
    form: DossierSlipForm,
    format: PaperFormat,
    actor: ActorV1,
  ): Promise<RenderedDocumentV1> {
    const document = await this.rpc.send(RENDER_DOSSIER_SLIP_V1, { dossierId, form, format });
    if (!canSee(actor, document.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return document;
  }

  withdrawDossier(
    dossierId: string,
    reason: string,
    actor: ActorV1,
    idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.rpc.send(WITHDRAW_DOSSIER_V1, {
      dossierId,
      reason,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
