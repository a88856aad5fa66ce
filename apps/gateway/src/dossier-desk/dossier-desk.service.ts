import { Injectable } from '@nestjs/common';
import {
  ActorV1,
  CENTER_WIDE_ROLES,
  DossierPageV1,
  DossierV1,
  EXPORT_DOSSIER_REGISTER_V1,
  ExportedFileV1,
  LIST_DOSSIERS_V1,
  RECEIVE_SUPPLEMENT_V1,
  RETURN_RESULT_V1,
  RegisterFormat,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { ListDossiersQuery, RegisterQuery, ReturnResultBody } from './dossier-desk.dto';

const isCenterWide = (actor: ActorV1): boolean =>
  actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role));

/**
 * The counter's work on a dossier after reception — supplements in, results out — and the lists behind it.
 * Staff of a department see only their unit's dossiers, whatever filter they ask for.
 */
@Injectable()
export class DossierDeskService {
  constructor(private readonly rpc: RpcClient) {}

  receiveSupplement(
    dossierId: string,
    documents: string[],
    actor: ActorV1,
    idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.rpc.send(RECEIVE_SUPPLEMENT_V1, {
      dossierId,
      documents,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  returnResult(
    dossierId: string,
    body: ReturnResultBody,
    actor: ActorV1,
    idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.rpc.send(RETURN_RESULT_V1, {
      dossierId,
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  listDossiers(query: ListDossiersQuery, actor: ActorV1): Promise<DossierPageV1> {
    const handlingUnitCode = this.unitFilter(query.handlingUnitCode, actor);
    return this.rpc.send(LIST_DOSSIERS_V1, {
      view: query.view,
      ...(query.q ? { q: query.q } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(handlingUnitCode ? { handlingUnitCode } : {}),
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  exportRegister(query: RegisterQuery, format: RegisterFormat, actor: ActorV1): Promise<ExportedFileV1> {
    const handlingUnitCode = this.unitFilter(query.handlingUnitCode, actor);
    return this.rpc.send(EXPORT_DOSSIER_REGISTER_V1, {
      from: query.from,
      to: query.to,
      format,
      ...(handlingUnitCode ? { handlingUnitCode } : {}),
    });
  }

  private unitFilter(asked: string | undefined, actor: ActorV1): string | undefined {
    if (isCenterWide(actor)) return asked;
    if (!actor.unitCode || (asked && asked !== actor.unitCode))
      throw new AuthError(AuthErrorCode.UnitForbidden);
    return actor.unitCode;
  }
}
