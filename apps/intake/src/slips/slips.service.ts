import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  ErrorKind,
  PaperFormat,
  RenderedDocumentV1,
  ResultDeliveryMethod,
} from '@motcua/contracts';
import {
  PageFormat,
  ResultReturn,
  ResultReturnMethod,
  renderApologyLetter,
  renderReceptionSlip,
} from '@motcua/documents';
import { DataSource } from 'typeorm';
import { ProcedureVersion } from '../catalog/procedure-version.entity';
import type { AppConfig } from '../config';
import { Dossier } from '../dossiers/dossier.entity';
import { DossierError, DossierErrorCode } from '../dossiers/dossiers.errors';
import { Unit } from '../units/unit.entity';

export enum SlipErrorCode {
  Unavailable = 'SLIP_UNAVAILABLE',
}

const PAGE_FORMATS: Record<PaperFormat, PageFormat> = {
  [PaperFormat.A4]: PageFormat.A4,
  [PaperFormat.Roll80]: PageFormat.Roll80,
};

@Injectable()
export class SlipsService {
  private readonly publicBaseUrl: string;
  private readonly center: AppConfig['center'];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.publicBaseUrl = config.get('publicBaseUrl', { infer: true });
    this.center = config.get('center', { infer: true });
  }

  /** Form 01, the reception and appointment slip, from what was recorded at reception (never recomputed). */
  async renderReceptionSlip(dossierId: string, format: PaperFormat): Promise<RenderedDocumentV1> {
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ id: dossierId });
    if (!dossier)
      throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: dossierId });
    const version = dossier.procedureVersionId
      ? await this.dataSource.getRepository(ProcedureVersion).findOneBy({ id: dossier.procedureVersionId })
      : null;
    if (!version || !dossier.dueAt || !dossier.documents) {
      throw new AppError(
        SlipErrorCode.Unavailable,
        ErrorKind.Conflict,
        'Hồ sơ này được tiếp nhận trước khi có phiếu hẹn, không in được Mẫu 01',
      );
    }
    const pdf = await renderReceptionSlip({
      issuer: {
        parentBody: this.center.parent.toUpperCase(),
        issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
        place: this.center.place,
      },
      dossierCode: dossier.code,
      receivingUnit: this.center.name,
      applicant: {
        fullName: dossier.applicantFullName,
        phone: dossier.applicantPhone,
        ...(dossier.applicantAddress ? { address: dossier.applicantAddress } : {}),
        ...(dossier.applicantEmail ? { email: dossier.applicantEmail } : {}),
      },
      procedureName: dossier.procedureName,
      channel: dossier.channel,
      documents: dossier.documents,
      processingTime: version.definition.processingTime,
      receivedAt: dossier.receivedAt,
      dueAt: dossier.dueAt,
      resultReturn: this.resultReturn(dossier),
      publicBaseUrl: this.publicBaseUrl,
      receiverName: dossier.receivedByName ?? '',
      format: PAGE_FORMATS[format],
    });
    return {
      filename: `${dossier.code}-mau-01.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      unitCode: dossier.handlingUnitCode,
    };
  }

  /** Form 04, the apology with the new date, from the extension routing announced. */
  async renderApologyLetter(dossierId: string, format: PaperFormat): Promise<RenderedDocumentV1> {
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ id: dossierId });
    if (!dossier)
      throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: dossierId });
    if (!dossier.extendedDueAt || !dossier.extensionReason || !dossier.extendedAt || !dossier.dueAt) {
      throw new AppError(
        SlipErrorCode.Unavailable,
        ErrorKind.Conflict,
        `Hồ sơ ${dossier.code} chưa được gia hạn, không có phiếu xin lỗi (Mẫu 04)`,
      );
    }
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ code: dossier.handlingUnitCode });
    const pdf = await renderApologyLetter({
      issuer: {
        parentBody: this.center.parent.toUpperCase(),
        issuingBody: (unit?.name ?? dossier.handlingUnitCode).toUpperCase(),
        place: this.center.place,
      },
      issuedAt: dossier.extendedAt,
      unitName: unit?.name ?? dossier.handlingUnitCode,
      applicantName: dossier.applicantFullName,
      dossierCode: dossier.code,
      procedureName: dossier.procedureName,
      receivedAt: dossier.receivedAt,
      previousDueAt: dossier.dueAt,
      newDueAt: dossier.extendedDueAt,
      reason: dossier.extensionReason,
      format: PAGE_FORMATS[format],
    });
    return {
      filename: `${dossier.code}-mau-04.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      unitCode: dossier.handlingUnitCode,
    };
  }

  private resultReturn(dossier: Dossier): ResultReturn {
    if (dossier.resultDeliveryMethod === ResultDeliveryMethod.Post && dossier.resultDeliveryAddress) {
      return { method: ResultReturnMethod.Postal, address: dossier.resultDeliveryAddress };
    }
    return { method: ResultReturnMethod.Counter, place: `Quầy trả kết quả, ${this.center.name}` };
  }
}
