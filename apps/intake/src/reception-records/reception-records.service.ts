import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  FieldError,
  MissingDocumentV1,
  MissingItemV1,
  PaperFormat,
  ProcedureDefinitionV1,
  ReceptionRecordV1,
  RecordIncompleteReceptionV1,
  RefuseReceptionV1,
  RenderedDocumentV1,
  summariseFieldErrors,
} from '@motcua/contracts';
import { PageFormat, renderRefusalNotice, renderSupplementRequest } from '@motcua/documents';
import { IdempotencyService } from '@motcua/messaging';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import { ProcedureVersionsService } from '../dossiers/procedure-versions.service';
import { ReceptionOutcome, ReceptionRecord } from './reception-record.entity';

export enum ReceptionRecordErrorCode {
  NotFound = 'RECEPTION_RECORD_NOT_FOUND',
}

const PAGE_FORMATS: Record<PaperFormat, PageFormat> = {
  [PaperFormat.A4]: PageFormat.A4,
  [PaperFormat.Roll80]: PageFormat.Roll80,
};

function toDto(record: ReceptionRecord): ReceptionRecordV1 {
  return {
    id: record.id,
    outcome: record.outcome,
    procedureCode: record.procedureCode,
    procedureVersionId: record.procedureVersionId,
    procedureName: record.procedureName,
    unitCode: record.unitCode,
    channel: record.channel,
    applicant: record.applicant,
    ...(record.missing ? { missing: record.missing } : {}),
    reason: record.reason,
    recordedAt: record.recordedAt.toISOString(),
    recordedBy: record.recordedBy,
  };
}

/** Missing items resolved against the checklist of the version in force; every problem named by its field. */
function resolveMissing(procedure: ProcedureDefinitionV1, items: MissingItemV1[]): MissingDocumentV1[] {
  const problems: FieldError[] = [];
  const resolved = items.map((item, i) => {
    if (item.index !== undefined) {
      const document = procedure.requiredDocuments[item.index];
      if (!document) {
        problems.push({
          field: `missing.${i}.index`,
          constraint: 'documentExists',
          message: 'Thành phần hồ sơ không có trong thủ tục',
        });
        return { name: '' };
      }
      return {
        name: document.name,
        form: document.form,
        count: document.count,
        ...(item.detail ? { detail: item.detail } : {}),
      };
    }
    if (!item.name) {
      problems.push({
        field: `missing.${i}`,
        constraint: 'isDefined',
        message: 'Cần chọn thành phần hồ sơ hoặc ghi tên giấy tờ cần bổ sung',
      });
      return { name: '' };
    }
    return { name: item.name, ...(item.detail ? { detail: item.detail } : {}) };
  });
  if (problems.length > 0) {
    throw new AppError(
      CommonErrorCode.ValidationFailed,
      ErrorKind.Invalid,
      summariseFieldErrors(problems),
      problems,
    );
  }
  return resolved;
}

@Injectable()
export class ReceptionRecordsService {
  private readonly center: AppConfig['center'];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly versions: ProcedureVersionsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.center = config.get('center', { infer: true });
  }

  /** Written guidance for an incomplete dossier (form 02): everything missing at once; no code is given. */
  async recordIncomplete(request: RecordIncompleteReceptionV1): Promise<ReceptionRecordV1> {
    const version = await this.versions.versionInForce(request.procedureCode);
    const missing = resolveMissing(version.definition, request.missing);
    return this.record('incomplete', request, version.id, version.definition, missing);
  }

  /** A refusal at reception with its reason (form 03). */
  async refuse(request: RefuseReceptionV1): Promise<ReceptionRecordV1> {
    const version = await this.versions.versionInForce(request.procedureCode);
    return this.record('refused', request, version.id, version.definition, null);
  }

  async renderSlip(recordId: string, format: PaperFormat): Promise<RenderedDocumentV1> {
    const record = await this.dataSource.getRepository(ReceptionRecord).findOneBy({ id: recordId });
    if (!record) {
      throw new AppError(ReceptionRecordErrorCode.NotFound, ErrorKind.NotFound, 'Không tìm thấy phiếu', {
        id: recordId,
      });
    }
    const issuer = {
      parentBody: this.center.parent.toUpperCase(),
      issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      place: this.center.place,
    };
    const applicant = {
      fullName: record.applicant.fullName,
      ...(record.applicant.phone ? { phone: record.applicant.phone } : {}),
      ...(record.applicant.address ? { address: record.applicant.address } : {}),
    };
    const pdf =
      record.outcome === 'incomplete'
        ? await renderSupplementRequest({
            issuer,
            issuedAt: record.recordedAt,
            applicant,
            procedureName: record.procedureName,
            items: record.missing ?? [],
            reason: record.reason,
            contact: { name: record.recordedByName, phone: '' },
            guideName: record.recordedByName,
            format: PAGE_FORMATS[format],
          })
        : await renderRefusalNotice({
            issuer,
            issuedAt: record.recordedAt,
            receivingUnit: this.center.name,
            applicant,
            procedureName: record.procedureName,
            reason: record.reason,
            receiverName: record.recordedByName,
            format: PAGE_FORMATS[format],
          });
    const form = record.outcome === 'incomplete' ? '02' : '03';
    return {
      filename: `phieu-mau-${form}-${record.id}.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      unitCode: record.unitCode,
    };
  }

  private record(
    outcome: ReceptionOutcome,
    request: RecordIncompleteReceptionV1 | RefuseReceptionV1,
    versionId: string,
    procedure: ProcedureDefinitionV1,
    missing: MissingDocumentV1[] | null,
  ): Promise<ReceptionRecordV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run(`reception.${outcome}`, idempotencyKey, content, async (tx) => {
      const record = tx.create(ReceptionRecord, {
        id: uuidv7(),
        outcome,
        procedureCode: procedure.code,
        procedureVersionId: versionId,
        procedureName: procedure.name,
        unitCode: procedure.handlingUnitCodes[0],
        channel: request.channel,
        applicant: request.applicant,
        missing,
        reason: request.reason.trim(),
        recordedAt: new Date(),
        recordedBy: request.actor.id,
        recordedByName: request.actor.displayName ?? request.actor.name,
        counterNumber: request.counterNumber ?? null,
      });
      await tx.insert(ReceptionRecord, record);
      return toDto(record);
    });
  }
}
