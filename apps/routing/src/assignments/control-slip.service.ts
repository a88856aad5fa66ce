import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActorV1, RenderedDocumentV1, RoutingEventKind } from '@motcua/contracts';
import { renderControlSlip } from '@motcua/documents';
import { DataSource, In } from 'typeorm';
import type { AppConfig } from '../config';
import { ProceduresService } from '../procedures/procedures.service';
import { Assignment } from './assignment.entity';
import { canSeeRouting } from './assignments.service';
import { ProcessInstance } from './process-instance.entity';
import { RoutingHistory } from './routing-history.entity';
import { RoutingError, RoutingErrorCode } from './routing.errors';

// History lines that move the dossier between units: the rows of form 05.
const HAND_OVERS = [
  RoutingEventKind.Received,
  RoutingEventKind.Forwarded,
  RoutingEventKind.Returned,
  RoutingEventKind.Resolved,
  RoutingEventKind.PaperHandedOver,
];

@Injectable()
export class ControlSlipService {
  private readonly center: AppConfig['center'];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.center = config.get('center', { infer: true });
  }

  /** Form 05 from the dossier's history: one row per hand-over, the Center first and last. */
  async renderControlSlip(dossierId: string, actor: ActorV1): Promise<RenderedDocumentV1> {
    const instance = await this.dataSource.getRepository(ProcessInstance).findOneBy({ dossierId });
    if (!instance) {
      throw new RoutingError(RoutingErrorCode.NotFound, 'Hồ sơ chưa được chuyển vào quy trình xử lý', {
        dossierId,
      });
    }
    const assignments = await this.dataSource.getRepository(Assignment).findBy({ dossierId });
    if (!canSeeRouting(actor, assignments)) {
      throw new RoutingError(
        RoutingErrorCode.UnitForbidden,
        'Hồ sơ thuộc đơn vị khác, bạn không được phép xem hoặc xử lý',
      );
    }
    const hops = (
      await this.dataSource.getRepository(RoutingHistory).find({
        where: { dossierId, kind: In(HAND_OVERS) },
        order: { at: 'ASC', id: 'ASC' },
      })
    ).filter((line) => line.fromUnitCode && line.toUnitCode);
    const finalStep = instance.steps.find((step) => step.next.length === 0) ?? instance.steps[0];
    const units = [...new Set(assignments.map((a) => a.unitCode))];
    const names = await this.procedures.unitNames([
      ...new Set([
        ...units,
        finalStep.unitCode,
        ...hops.flatMap((h) => [h.fromUnitCode as string, h.toUnitCode as string]),
      ]),
    ]);
    const nameOf = (code: string) => names.get(code) ?? { name: code, shortName: code };
    const pdf = await renderControlSlip({
      issuer: {
        parentBody: this.center.parent,
        issuingBody: 'Trung tâm Phục vụ hành chính công',
        place: this.center.place,
      },
      issuedAt: new Date(),
      dossierCode: instance.code,
      procedureName: instance.procedureName,
      resolvingUnit: nameOf(finalStep.unitCode).name,
      cooperatingUnits: units.filter((code) => code !== finalStep.unitCode).map((code) => nameOf(code).name),
      hops: hops.map((hop) => ({
        fromUnit: nameOf(hop.fromUnitCode as string).shortName,
        toUnit: nameOf(hop.toUnitCode as string).shortName,
        at: hop.at,
        onTime: hop.onTime,
        ...(hop.actorName ? { giverName: hop.actorName } : {}),
        ...(hop.note ? { note: hop.note } : {}),
      })),
    });
    return {
      filename: `${instance.code}-mau-05.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      unitCode: finalStep.unitCode,
    };
  }
}
