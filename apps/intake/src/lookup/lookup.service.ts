import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  DOSSIER_STATUS_LABELS,
  DossierStatus,
  ErrorKind,
  MilestoneV1,
  PublicDossierV1,
  isVietnameseMobile,
  toE164,
} from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { DossierHistory } from '../dossiers/dossier-history.entity';
import { Dossier } from '../dossiers/dossier.entity';
import { maskName } from './mask-name';

// How a milestone reads on the lookup page, where it differs from the status name.
const MILESTONE_LABELS: Partial<Record<DossierStatus, string>> = {
  [DossierStatus.Received]: 'Tiếp nhận hồ sơ',
  [DossierStatus.Withdrawn]: 'Công dân rút hồ sơ',
};

export enum LookupErrorCode {
  NotFound = 'LOOKUP_NOT_FOUND',
}

// One answer for an unknown code and for a wrong phone, so the lookup cannot tell whether a code exists.
const NOT_FOUND = () =>
  new AppError(
    LookupErrorCode.NotFound,
    ErrorKind.NotFound,
    'Không tìm thấy hồ sơ với mã và số điện thoại này',
  );

@Injectable()
export class LookupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Public lookup by code and the applicant's phone: status, due date and milestones, the name masked. */
  async lookUp(code: string, phone: string): Promise<PublicDossierV1> {
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ code });
    const samePhone = isVietnameseMobile(phone) && dossier?.applicantPhone === toE164(phone);
    if (!dossier || !samePhone) throw NOT_FOUND();
    const history = await this.dataSource
      .getRepository(DossierHistory)
      .find({ where: { dossierId: dossier.id }, order: { at: 'ASC' } });
    // Dossiers received before the history existed have only their reception.
    const milestones: MilestoneV1[] =
      history.length > 0
        ? history.map((entry) => ({
            at: entry.at.toISOString(),
            label: MILESTONE_LABELS[entry.status] ?? DOSSIER_STATUS_LABELS[entry.status],
          }))
        : [
            {
              at: dossier.receivedAt.toISOString(),
              label: MILESTONE_LABELS[DossierStatus.Received] as string,
            },
          ];
    return {
      code: dossier.code,
      procedureName: dossier.procedureName,
      status: dossier.status,
      statusLabel: DOSSIER_STATUS_LABELS[dossier.status],
      applicantName: maskName(dossier.applicantFullName),
      receivedAt: dossier.receivedAt.toISOString(),
      ...dueDateOf(dossier),
      milestones,
    };
  }
}

// An apology's new date replaces the slip's appointment for the applicant.
function dueDateOf(dossier: Dossier): { dueAt?: string } {
  const dueAt = dossier.extendedDueAt ?? dossier.dueAt;
  return dueAt ? { dueAt: dueAt.toISOString() } : {};
}
